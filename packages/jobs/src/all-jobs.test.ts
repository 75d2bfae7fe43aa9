import { describe, expect, it } from "vitest";
import { allJobs } from "./all-jobs";
import * as auth from "./auth";
import * as invoices from "./invoices";
import * as mail from "./mail";
import * as reminders from "./reminders";
import { supportJobs } from "./support";
import * as vouchers from "./vouchers";

describe("job definitions", () => {
  it("are all listed once, each named after the module file it lives in", () => {
    const modules = { auth, invoices, mail, reminders, vouchers };
    const defined = [
      ...Object.entries(modules).flatMap(([module, jobs]) => Object.values(jobs).map((job) => ({ module, name: job.name }))),
      // The support desk lists its jobs in `supportJobs` (its rooms append to it).
      ...supportJobs.map((job) => ({ module: "support", name: job.name })),
    ];
    for (const { module, name } of defined) expect(name.startsWith(`${module}.`)).toBe(true);
    expect(allJobs.map((job) => job.name).sort()).toEqual(defined.map((job) => job.name).sort());
    expect(new Set(allJobs.map((job) => job.name)).size).toBe(allJobs.length);
  });
});
