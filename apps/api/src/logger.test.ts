import { describe, expect, it } from "vitest";
import { createLogger, maskPersonalData } from "./logger";
import { logFormatOf } from "./pretty-log";

describe("maskPersonalData", () => {
  it("masks identity codes with every century sign, plain or URL-encoded", () => {
    for (const code of ["010101A9992", "131052-308T", "010181+900W", "010101Y9992", "010101%2B9992"]) {
      expect(maskPersonalData(`{"url":"/x?input=%22${code}%22"}`)).not.toContain(code);
    }
  });

  it("leaves invoice numbers, references and dates alone", () => {
    const line = '{"msg":"invoice 10010257 ref 100102578 due 2026-12-07"}';
    expect(maskPersonalData(line)).toBe(line);
  });
});

describe("createLogger", () => {
  function collect(format: "json" | "pretty", level = "info") {
    const lines: string[] = [];
    const logger = createLogger({ level, format, destination: { write: (text: string) => void lines.push(text) } });
    return { logger, lines };
  }
  const reply = { statusCode: 200, request: { method: "GET", url: "/trpc/auth.whoami?batch=1&input=%7B%7D" } };

  it("writes one readable line per request in the pretty form: method, path, status, milliseconds", () => {
    const { logger, lines } = collect("pretty");
    const request = logger.child({ reqId: "r1" });
    request.info({ req: { method: "GET", url: "/trpc/auth.whoami", headers: {} } }, "incoming request");
    request.info({ res: reply, responseTime: 3.4 }, "request completed");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d GET \/trpc\/auth\.whoami\?… 200 3 ms\n$/);
  });

  it("writes JSON with the method, URL, status and time on the one request line", () => {
    const { logger, lines } = collect("json");
    logger.info({ req: { method: "GET", url: "/x", headers: {} } }, "incoming request");
    logger.info({ res: reply, responseTime: 3.4 }, "request completed");
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] ?? "{}") as Record<string, unknown>;
    expect(record).toMatchObject({ msg: "request completed", responseTime: 3.4, res: { statusCode: 200, method: "GET" } });
  });

  it("keeps fastify's incoming-request line at debug, and masks identity codes in the pretty form too", () => {
    const { logger, lines } = collect("pretty", "debug");
    logger.info({ req: { method: "GET", url: "/x", headers: {} } }, "incoming request");
    logger.warn({ query: "010101A9992" }, "search failed");
    expect(lines[0]).toContain("DEBUG incoming request");
    expect(lines[1]).toMatch(/WARN {2}search failed query=/);
    expect(lines.join("")).not.toContain("010101A9992");
  });

  it("chooses JSON in production and off a terminal, pretty on a developer's terminal, LOG_FORMAT first", () => {
    expect(logFormatOf({}, true)).toBe("pretty");
    expect(logFormatOf({}, false)).toBe("json");
    expect(logFormatOf({ NODE_ENV: "production" }, true)).toBe("json");
    expect(logFormatOf({ LOG_FORMAT: "pretty" }, false)).toBe("pretty");
    expect(logFormatOf({ LOG_FORMAT: "json" }, true)).toBe("json");
  });
});
