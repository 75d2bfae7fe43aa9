import { TRPCClientError } from "@trpc/client";
import { createCliClient, loadCliConfig } from "./client";
import { commands, findCommand, UsageError } from "./commands";

// `pnpm reskontra` runs from the repository root even though pnpm starts us in apps/cli.
const cwd = process.env.INIT_CWD ?? process.cwd();
const argv = process.argv.slice(2);

function usage(): string {
  const lines = Object.values(commands).map((c) => `  pnpm reskontra ${c.usage.padEnd(40)} ${c.summary}`);
  return `Usage:\n${lines.join("\n")}\n\nEnvironment: RESKONTRA_URL (default http://127.0.0.1:3000), RESKONTRA_TOKEN (default: data/demo-api-token)`;
}

const found = findCommand(argv);
if (!found) {
  process.stderr.write(`${argv.length ? `Unknown command: ${argv.join(" ")}\n\n` : ""}${usage()}\n`);
  process.exit(argv.length ? 2 : 0);
}

const config = loadCliConfig(process.env, cwd);
try {
  const result = await found.command.run(createCliClient(config), found.args);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n  pnpm reskontra ${found.command.usage}\n`);
    process.exit(2);
  }
  if (error instanceof TRPCClientError) {
    process.stderr.write(`Refused: ${error.message}\n`);
    process.exit(1);
  }
  const cause = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Cannot reach Reskontra at ${config.url}: ${cause}\n`);
  process.exit(1);
}
