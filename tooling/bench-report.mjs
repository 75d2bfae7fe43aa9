#!/usr/bin/env node
// Prints `pnpm bench`'s goal table from the rows the benches recorded (bench-results/goals.jsonl,
// see reportGoal in @reskontra/db/testing) and writes them to bench-results/latest.json.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const dir = process.env.BENCH_RESULTS_DIR ?? "bench-results";
const source = `${dir}/goals.jsonl`;
if (!existsSync(source)) {
  console.error(`No goal rows in ${source}: did any bench call reportGoal()?`);
  process.exit(1);
}
const rows = readFileSync(source, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line));
writeFileSync(`${dir}/latest.json`, `${JSON.stringify(rows, null, 2)}\n`);

const figure = (n) => (n === null ? "—" : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const table = [
  ["goal", "product", "baseline", "ratio", "target", "verdict"],
  ...rows.map((r) => [
    r.name,
    `${figure(r.product)} ${r.unit}`,
    r.baseline === null ? "—" : `${figure(r.baseline)} ${r.unit}`,
    r.ratio === null ? "—" : `${figure(r.ratio)}×`,
    r.goal,
    r.pass ? "pass" : "MISS",
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, c) => String(cell).padEnd(widths[c])).join("  "));
  if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
}
console.log(`\n${rows.filter((r) => r.pass).length}/${rows.length} goals met; rows in ${dir}/latest.json`);
