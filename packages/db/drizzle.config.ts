import { defineConfig } from "drizzle-kit";

// Only `generate` is used: migrations are SQL files committed to the repo and applied by src/migrate.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./migrations",
});
