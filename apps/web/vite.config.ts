import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // In development the api runs on its own port; the browser still sees one origin, so the session cookie works.
    proxy: { "/trpc": "http://127.0.0.1:3000", "/files": "http://127.0.0.1:3000" },
  },
  build: {
    outDir: "dist",
    // No source maps in the build: the server would publish the whole client source with them.
    sourcemap: false,
    // Every browser we support preloads modules natively; the polyfill would only add bytes to the first screen.
    modulePreload: { polyfill: false },
    // @trpc/client declares no `sideEffects`, so its unused WebSocket link stayed in the entry chunk; its modules have none.
    rollupOptions: { treeshake: { moduleSideEffects: (id) => !/[\\/]@trpc[\\/]/.test(id) } },
  },
});
