import { allJobs } from "@reskontra/jobs";
import { describe, expect, it } from "vitest";
import { registry } from "./registry";

describe("job registry", () => {
  it("has exactly one handler for every defined job", () => {
    const handled = registry.map((entry) => entry.job.name).sort();
    expect(handled).toEqual(allJobs.map((job) => job.name).sort());
    expect(new Set(handled).size).toBe(handled.length);
  });
});
