import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { AppRouter } from "@reskontra/api";
import { createApiToken, startTestServer, type TestServer } from "@reskontra/system/testing";
import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
// What `pnpm reskontra` runs: the launcher, which builds dist/main.js when a source is newer and runs it.
const launcher = fileURLToPath(new URL("../launch.mjs", import.meta.url));
const packageDir = fileURLToPath(new URL("..", import.meta.url));

let server: TestServer;
let agentToken: string;
let villeToken: string;

async function cli(token: string, ...args: string[]) {
  return run(process.execPath, [launcher, ...args], {
    cwd: packageDir,
    env: { ...process.env, RESKONTRA_URL: server.url, RESKONTRA_TOKEN: token },
  });
}

/** The exit code, stdout and stderr of a call, whether it succeeded or not. */
async function outcome(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cli(agentToken, ...args).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

beforeAll(async () => {
  server = await startTestServer();
  const now = new Date();
  const id = (email: string) => {
    const value = server.demo.userIds[email];
    if (!value) throw new Error(`no demo user ${email}`);
    return value;
  };
  agentToken = (
    await createApiToken(server.database.db, { userId: id("agentti@demo.reskontra.fi"), name: "cli test", now, expiresAt: null })
  ).token;
  villeToken = (
    await createApiToken(server.database.db, {
      userId: id("ville.virtanen@demo.reskontra.fi"),
      name: "cli test",
      now,
      expiresAt: null,
    })
  ).token;
});
afterAll(async () => server?.close());

describe("pnpm reskontra", () => {
  it("answers whoami with the token's user and refuses a bad token", async () => {
    const { stdout } = await cli(agentToken, "whoami");
    expect(JSON.parse(stdout)).toMatchObject({ user: { email: "agentti@demo.reskontra.fi" }, via: "token" });
    const refused = await cli("rsk_not-a-token", "whoami").then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain("API-avain on virheellinen");
  });

  it("lists a user's invoices by reference prefix and sends one by number", async () => {
    const ville = createTRPCClient<AppRouter>({
      links: [
        httpLink({ url: `${server.url}/trpc`, transformer: superjson, headers: { authorization: `Bearer ${villeToken}` } }),
      ],
    });
    const organizationId = server.demo.organizationIds.virtanen;
    const [maija] = await ville.customers.list.query({ organizationId, query: "Maija" });
    if (!maija) throw new Error("demo customer missing");
    const draft = await ville.invoices.create.mutate({
      organizationId,
      customerId: maija.id,
      issueDate: "2026-11-23",
      paymentTermsDays: 14,
      deliveryMethod: "post",
      rows: [{ description: "Siivous", quantity: 2, unitPriceCents: 4000, vatRatePercent: 25.5 }],
    });
    const submitted = await ville.invoices.submit.mutate({ invoiceId: draft.id });

    const listed = JSON.parse((await cli(agentToken, "invoices", "list", "--ref", "100102%")).stdout) as { number: string }[];
    expect(listed.map((r) => r.number)).toContain(submitted.invoiceNumber);
    expect((await cli(agentToken, "invoices", "list", "--ref", "100101%")).stdout.trim()).toBe("[]");

    const sent = JSON.parse((await cli(agentToken, "invoices", "send", String(submitted.invoiceNumber))).stdout) as {
      channel: string;
    };
    expect(sent.channel).toBe("post");
    await expect
      .poll(async () => (await ville.invoices.get.query({ invoiceId: draft.id })).invoice.status, { timeout: 30_000 })
      .toBe("sent");
  });

  it("prints the usage for --help, -h, help and no command, on stdout with exit 0", async () => {
    for (const args of [["--help"], ["-h"], ["help"], []]) {
      const { code, stdout } = await outcome(...args);
      expect(code, args.join(" ")).toBe(0);
      expect(stdout).toContain("Usage: pnpm reskontra <command> [options]");
      for (const command of ["health", "whoami", "invoices list --ref 100102%", "invoices send <invoice number>"])
        expect(stdout).toContain(`pnpm reskontra ${command}`);
      expect(stdout).toContain("--json");
    }
  });

  it("prints one command's usage and options for `<command> --help` and `help <command>`", async () => {
    for (const args of [
      ["invoices", "list", "--help"],
      ["help", "invoices", "list"],
      ["invoices", "list", "-h"],
    ]) {
      const { code, stdout, stderr } = await outcome(...args);
      expect(code, args.join(" ")).toBe(0);
      expect(stdout).toContain("Usage: pnpm reskontra invoices list --ref 100102%");
      expect(stdout).toContain("--query <text>");
      expect(stdout).not.toContain("invoices send");
      expect(stderr.replace(/\(built the CLI in \d+ ms\)\n/, "")).toBe("");
    }
  });

  it("refuses an unknown command with the usage on stderr and exit 2", async () => {
    const { code, stdout, stderr } = await outcome("invoices", "burn");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Unknown command: invoices burn");
    expect(stderr).toContain("Usage: pnpm reskontra <command> [options]");
  });

  it("prints JSON when piped and a table with --table", async () => {
    const piped = await outcome("whoami");
    expect(JSON.parse(piped.stdout)).toMatchObject({ user: { email: "agentti@demo.reskontra.fi" } });
    const json = await outcome("whoami", "--json");
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(piped.stdout));
    const table = await outcome("whoami", "--table");
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^user\.email\s+agentti@demo\.reskontra\.fi$/m);
    const list = await outcome("invoices", "list", "--ref", "100101%", "--table");
    expect(list.stdout.trim()).toBe("(none)");
  });

  it("explains its usage when a command is incomplete", async () => {
    const error = await cli(agentToken, "invoices", "send").then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(2);
    expect(error?.stderr).toContain("pnpm reskontra invoices send <invoice number>");
  });
});
