// Fails when the first screen's JavaScript grows past its budget: the entry script of dist/index.html
// plus every chunk it preloads (its static imports), gzipped. Module screens are lazy chunks and do not count.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

// Issue 10 asks for 100 KB. React, React DOM, TanStack Query, the tRPC client and superjson are most of it;
// wouter (about 2.5 KB) replaced React Router (about 14.7 KB), and the domain's formatters with their error texts
// load with the first module screen, not the shell. Measured December 2026: 98.4 KB (115.8 KB before); 99.6 KB on
// 5 December, after top-level work the shell never uses (the identity-code pattern, a card context) was marked pure.
const BUDGET_BYTES = 100 * 1000;

const dist = join(import.meta.dirname, "..", "dist");
const html = readFileSync(join(dist, "index.html"), "utf8");
const files = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g),
].map((m) => m[1]);
if (files.length === 0) throw new Error("no entry script in dist/index.html; run the build first");

let total = 0;
for (const file of files) {
  const gzipped = gzipSync(readFileSync(join(dist, file))).length;
  total += gzipped;
  console.log(`${(gzipped / 1000).toFixed(2).padStart(8)} kB gzip  ${file}`);
}
console.log(`${(total / 1000).toFixed(2).padStart(8)} kB gzip  initial JavaScript (budget ${BUDGET_BYTES / 1000} kB)`);
if (total > BUDGET_BYTES) {
  console.error("The first screen's JavaScript is over budget: move the new weight into a lazy chunk.");
  process.exit(1);
}
