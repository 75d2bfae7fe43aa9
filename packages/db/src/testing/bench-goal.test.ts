import { describe, expect, it } from "vitest";
import { judgeGoal } from "./bench-goal";

describe("judgeGoal", () => {
  it("judges a time against at most twice its baseline", () => {
    const row = judgeGoal({ name: "run", unit: "s", product: 7, baseline: 3.5, goals: [{ kind: "ratio-at-most", value: 2 }] });
    expect(row).toMatchObject({ ratio: 2, pass: true, goal: "≤ 2× baseline" });
    expect(
      judgeGoal({ name: "run", unit: "s", product: 7.1, baseline: 3.5, goals: [{ kind: "ratio-at-most", value: 2 }] }).pass,
    ).toBe(false);
  });

  it("needs every goal of a row to hold", () => {
    const row = judgeGoal({
      name: "run 1 M",
      unit: "s",
      product: 70,
      baseline: 40,
      goals: [
        { kind: "ratio-at-most", value: 2 },
        { kind: "at-most", value: 60 },
      ],
    });
    expect(row.goal).toBe("≤ 2× baseline, ≤ 60 s");
    expect(row.pass).toBe(false);
  });

  it("judges a rate against at least a share of its baseline, and a figure without one", () => {
    expect(
      judgeGoal({ name: "read", unit: "req/s", product: 800, baseline: 1000, goals: [{ kind: "ratio-at-least", value: 0.8 }] })
        .pass,
    ).toBe(true);
    const pdf = judgeGoal({
      name: "pdf",
      unit: "PDF/s",
      product: 150,
      baseline: null,
      goals: [{ kind: "at-least", value: 200 }],
    });
    expect(pdf).toMatchObject({ ratio: null, pass: false });
  });
});
