import { availableParallelism } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveWorkerConfig, workerConfigFromEnv } from "./config";

describe("workerConfigFromEnv", () => {
  it("has development defaults under the data folder and no SMTP", () => {
    expect(workerConfigFromEnv({}, "/srv/reskontra/data")).toEqual({
      smtpUrl: null,
      invoiceMailFrom: "laskut@reskontra.fi",
      customerServiceEmail: "asiakaspalvelu@reskontra.fi",
      printOutboxDir: path.resolve("/srv/reskontra/data/outbox/print"),
      printServiceUrl: null,
      einvoiceOutboxDir: path.resolve("/srv/reskontra/data/outbox/einvoice"),
      einvoiceOperatorUrl: null,
      einvoiceOperatorToken: null,
      publicUrl: "http://localhost:3000",
      inboundSmtpPort: null,
      inboundSmtpHost: "127.0.0.1",
      renderThreads: Math.max(1, availableParallelism() - 1),
    });
  });

  it("renders in RENDER_THREADS threads, 0 meaning the main thread, and refuses anything but a whole number up to 64", () => {
    expect(workerConfigFromEnv({ RENDER_THREADS: "0" }, "/d").renderThreads).toBe(0);
    expect(workerConfigFromEnv({ RENDER_THREADS: "3" }, "/d").renderThreads).toBe(3);
    for (const bad of ["-1", "1.5", "many", "65"]) {
      expect(() => workerConfigFromEnv({ RENDER_THREADS: bad }, "/d")).toThrow(
        `RENDER_THREADS must be a whole number from 0 to 64, got "${bad}"`,
      );
    }
  });

  it("reads every variable, and treats a blank one as unset", () => {
    const config = workerConfigFromEnv(
      {
        SMTP_URL: "smtp://127.0.0.1:2525",
        INVOICE_MAIL_FROM: "laskut@example.fi",
        CUSTOMER_SERVICE_EMAIL: "tuki@example.fi",
        PRINT_OUTBOX_DIR: "/var/print",
        PRINT_SERVICE_URL: " ",
        EINVOICE_OUTBOX_DIR: "/var/einvoice",
        PUBLIC_URL: "https://reskontra.example/",
      },
      "/data",
    );
    expect(config).toMatchObject({
      smtpUrl: "smtp://127.0.0.1:2525",
      invoiceMailFrom: "laskut@example.fi",
      customerServiceEmail: "tuki@example.fi",
      printOutboxDir: "/var/print",
      printServiceUrl: null,
      einvoiceOutboxDir: "/var/einvoice",
      publicUrl: "https://reskontra.example",
    });
  });

  it("starts the support mail receiver only on a valid INBOUND_SMTP_PORT", () => {
    expect(workerConfigFromEnv({ INBOUND_SMTP_PORT: "2526", INBOUND_SMTP_HOST: "0.0.0.0" }, "/d")).toMatchObject({
      inboundSmtpPort: 2526,
      inboundSmtpHost: "0.0.0.0",
    });
    expect(() => workerConfigFromEnv({ INBOUND_SMTP_PORT: "smtp" }, "/d")).toThrow(/INBOUND_SMTP_PORT/);
  });

  it("lets explicit overrides win, but not explicit undefined", () => {
    const config = resolveWorkerConfig(
      { smtpUrl: "smtp://x:25", printServiceUrl: undefined },
      { PRINT_SERVICE_URL: "http://print", DATA_DIR: "/d" },
    );
    expect(config.smtpUrl).toBe("smtp://x:25");
    expect(config.printServiceUrl).toBe("http://print");
    expect(config.printOutboxDir).toBe(path.resolve("/d/outbox/print"));
  });

  it("sends e-invoices to the operator over HTTP only when EINVOICE_OPERATOR_URL is an http(s) address", () => {
    expect(
      workerConfigFromEnv(
        { EINVOICE_OPERATOR_URL: "https://operator.example/finvoice", EINVOICE_OPERATOR_TOKEN: "s3cret" },
        "/d",
      ),
    ).toMatchObject({ einvoiceOperatorUrl: "https://operator.example/finvoice", einvoiceOperatorToken: "s3cret" });
    expect(workerConfigFromEnv({ EINVOICE_OPERATOR_URL: " " }, "/d").einvoiceOperatorUrl).toBeNull();
    expect(() => workerConfigFromEnv({ EINVOICE_OPERATOR_URL: "operator.example" }, "/d")).toThrow(
      'EINVOICE_OPERATOR_URL must be an http(s) address, got "operator.example"',
    );
    expect(() => workerConfigFromEnv({ EINVOICE_OPERATOR_URL: "ftp://operator.example" }, "/d")).toThrow(/EINVOICE_OPERATOR_URL/);
  });
});
