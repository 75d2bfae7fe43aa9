import { appendFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * A performance goal is judged as a ratio against a baseline measured in the same run (bare
 * node:http + postgres.js, or the same work as set-based SQL), or, where the goal is a figure of its
 * own (PDFs per core, seconds for a run), against that figure.
 */
export type Goal =
  /** product / baseline at most `value` (times: the product may take at most value × the baseline). */
  | { kind: "ratio-at-most"; value: number }
  /** product / baseline at least `value` (rates: the product must reach value × the baseline). */
  | { kind: "ratio-at-least"; value: number }
  /** The product figure itself at most `value` (in the row's unit). */
  | { kind: "at-most"; value: number }
  /** The product figure itself at least `value` (in the row's unit). */
  | { kind: "at-least"; value: number };

/** One row of `bench-results/latest.json`, as `pnpm bench` prints it. */
export interface GoalRow {
  name: string;
  product: number;
  baseline: number | null;
  unit: string;
  ratio: number | null;
  goal: string;
  pass: boolean;
}

function goalText(goal: Goal, unit: string): string {
  switch (goal.kind) {
    case "ratio-at-most":
      return `≤ ${goal.value}× baseline`;
    case "ratio-at-least":
      return `≥ ${goal.value}× baseline`;
    case "at-most":
      return `≤ ${goal.value} ${unit}`;
    case "at-least":
      return `≥ ${goal.value} ${unit}`;
  }
}

function meets(goal: Goal, product: number, ratio: number | null): boolean {
  switch (goal.kind) {
    case "ratio-at-most":
      return ratio !== null && ratio <= goal.value;
    case "ratio-at-least":
      return ratio !== null && ratio >= goal.value;
    case "at-most":
      return product <= goal.value;
    case "at-least":
      return product >= goal.value;
  }
}

/** Judges a measured figure against its goals (every goal must hold). Pure: see `reportGoal`. */
export function judgeGoal(input: {
  name: string;
  unit: string;
  product: number;
  baseline: number | null;
  goals: readonly Goal[];
}): GoalRow {
  const ratio = input.baseline !== null && input.baseline > 0 ? input.product / input.baseline : null;
  return {
    name: input.name,
    product: input.product,
    baseline: input.baseline,
    unit: input.unit,
    ratio,
    goal: input.goals.map((g) => goalText(g, input.unit)).join(", "),
    pass: input.goals.every((g) => meets(g, input.product, ratio)),
  };
}

function resultsDir(): string {
  if (process.env.BENCH_RESULTS_DIR) return process.env.BENCH_RESULTS_DIR;
  let dir = resolve(process.cwd());
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) return resolve(process.cwd(), "bench-results");
    dir = parent;
  }
  return join(dir, "bench-results");
}

/**
 * Records one goal row for `pnpm bench`'s table: appended to `bench-results/goals.jsonl`, which
 * `tooling/bench-report.mjs` prints and writes to `bench-results/latest.json` after the run.
 * Measure the product and its baseline in the same run, interleaved where you can.
 */
export function reportGoal(input: Parameters<typeof judgeGoal>[0]): GoalRow {
  const row = judgeGoal(input);
  const dir = resultsDir();
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, "goals.jsonl"), `${JSON.stringify(row)}\n`);
  return row;
}
