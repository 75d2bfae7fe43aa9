import { describe, expect, it } from "vitest";
import { startupBanner } from "./startup-banner";

const config = { PUBLIC_URL: undefined, DATABASE_URL: "/data/pglite" };

describe("startup banner", () => {
  it("says where the identity-code key came from when it was not given, and nothing when it was", () => {
    const line = "Identity codes: generated a new random key into /data/voucher-hetu.key (mode 600); keep it with the data";
    const banner = startupBanner(config, {
      address: "http://127.0.0.1:3000",
      worker: "in this process",
      demo: null,
      hetuKey: line,
    });
    expect(banner.split("\n")).toContain(line);
    const quiet = startupBanner(config, {
      address: "http://127.0.0.1:3000",
      worker: "in this process",
      demo: null,
      hetuKey: null,
    });
    expect(quiet).not.toContain("Identity codes");
  });
});
