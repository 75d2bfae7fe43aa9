import { TRPCClientError } from "@trpc/client";
import { createCliClient, loadCliConfig } from "./client";
import { commandHelp, findCommand, UsageError, usage, wantsHelp } from "./commands";
import { chooseFormat, formatResult } from "./output";

// `pnpm reskontra` runs from the repository root; INIT_CWD is where the person typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
const { format, rest: argv } = chooseFormat(process.argv.slice(2), process.stdout.isTTY === true);

// `help <command>` reads as `<command> --help`.
const helpFirst = argv[0] === "help";
const words = helpFirst ? argv.slice(1) : argv;
// No command, or `--help`/`-h`/`help` alone: the usage on stdout, exit 0.
if (words.length === 0 || (words.length === 1 && wantsHelp(words))) {
  process.stdout.write(`${usage()}\n`);
  process.exit(0);
}
const found = findCommand(words);
if (!found) {
  process.stderr.write(`Unknown command: ${argv.join(" ")}\n\n${usage()}\n`);
  process.exit(2);
}
if (helpFirst || wantsHelp(found.args)) {
  process.stdout.write(`${commandHelp(found.command)}\n`);
  process.exit(0);
}

const config = loadCliConfig(process.env, cwd);
try {
  const result = await found.command.run(createCliClient(config), found.args);
  process.stdout.write(`${formatResult(result, format)}\n`);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${commandHelp(found.command)}\n`);
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
