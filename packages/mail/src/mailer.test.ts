import { describe, expect, it } from "vitest";
import { SMTP_DEFAULTS, smtpUrlWithDefaults } from "./mailer";

describe("the SMTP transport's settings", () => {
  it("pool connections and bound every wait unless the URL says otherwise", () => {
    const url = new URL(smtpUrlWithDefaults("smtp://127.0.0.1:2525"));
    expect(url.searchParams.get("pool")).toBe("true");
    expect(url.searchParams.get("socketTimeout")).toBe(String(SMTP_DEFAULTS.socketTimeout));
    expect(url.host).toBe("127.0.0.1:2525");
  });

  it("keep what the URL sets, credentials included", () => {
    const url = new URL(smtpUrlWithDefaults("smtps://us%40er:p%3Ass@mail.example:465?pool=false&maxConnections=2"));
    expect(url.searchParams.get("pool")).toBe("false");
    expect(url.searchParams.get("maxConnections")).toBe("2");
    expect(url.username).toBe("us%40er");
    expect(url.password).toBe("p%3Ass");
    expect(url.protocol).toBe("smtps:");
  });
});
