import { describe, expect, it } from "vitest";
import { createWorkerLogger } from "./logger";

describe("the worker's logger", () => {
  it("writes no identity code, in any form a job's payload or error carries it", () => {
    const lines: string[] = [];
    const destination = { write: (line: string) => void lines.push(line) };
    const logger = createWorkerLogger({ level: "info", destination });
    logger.info({ payload: { hetu: "131052-308t" }, url: "/x?q=131052%2D308T" }, "job failed for 131052\u002d308T");
    logger.error({ err: new Error('invalid input "131052-308T"\nsecond line 010101A9992') }, "handler threw");
    const log = lines.join("");
    expect(log).toContain("******-****");
    for (const form of ["131052-308", "131052%2D308", "308T", "308t", "A9992"]) expect(log).not.toContain(form);
  });
});
