import { describe, expect, it } from "vitest";
import { allJobs } from "./all-jobs";
import * as auth from "./auth";
import * as invoices from "./invoices";
import * as mail from "./mail";
import * as reminders from "./reminders";
import * as support from "./support";
import * as vouchers from "./vouchers";

describe("job definitions", () => {
  it("are all listed once, each named after the module file it lives in", () => {
    const modules = { auth, invoices, mail, reminders, vouchers, support };
    const defined = Object.entries(modules).flatMap(([module, jobs]) =>
      // A module may also export its list (supportJobs); only the definitions count.
      Object.values(jobs)
        .filter((job) => !Array.isArray(job))
        .map((job) => ({ module, name: (job as { name: string }).name })),
    );
    for (const { module, name } of defined) expect(name.startsWith(`${module}.`)).toBe(true);
    expect(allJobs.map((job) => job.name).sort()).toEqual(defined.map((job) => job.name).sort());
    expect(new Set(allJobs.map((job) => job.name)).size).toBe(allJobs.length);
  });
});
