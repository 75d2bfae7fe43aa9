import type { CliClient } from "./client";

export interface Command {
  usage: string;
  summary: string;
  /** Lines of `<command> --help` after the usage: options and examples. */
  details?: string[];
  run(client: CliClient, args: string[]): Promise<unknown>;
}

export class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (!value || value.startsWith("--")) throw new UsageError(`${name} needs a value`);
  return value;
}

/** Each command is a typed call of tRPC procedures: the CLI holds no business logic of its own. */
export const commands: Record<string, Command> = {
  health: {
    usage: "health",
    summary: "check that the api and its database answer",
    run: (client) => client.health.check.query(),
  },
  whoami: {
    usage: "whoami",
    summary: "the user of the API token and their roles",
    run: (client) => client.auth.whoami.query(),
  },
  "invoices list": {
    usage: "invoices list --ref 100102%",
    summary: "invoices by reference prefix (100102% or 100102*), number or customer name",
    details: [
      "--ref <prefix%>   reference prefix; % or * at the end matches any rest",
      "--query <text>    an invoice number or a customer's name instead",
      "Example: pnpm -s reskontra invoices list --ref 100102% --json",
    ],
    run: async (client, args) => {
      const query = option(args, "--ref") ?? option(args, "--query");
      if (!query) throw new UsageError("give --ref <prefix%> or --query <text>");
      const rows = await client.invoices.search.query({ query });
      return rows.map((r) => ({
        number: r.invoiceNumber,
        reference: r.reference,
        status: r.status,
        customer: r.customerName,
        grossCents: r.grossCents,
        dueDate: r.dueDate,
        deliveryMethod: r.deliveryMethod,
      }));
    },
  },
  "invoices send": {
    usage: "invoices send <invoice number>",
    summary: "send a submitted invoice by its delivery method (customer service)",
    details: ["<invoice number>  the number the invoice got at submit, e.g. 1001021"],
    run: async (client, args) => {
      const number = args[0];
      if (!number || !/^\d+$/.test(number)) throw new UsageError("give the invoice number, e.g. 1001021");
      const [invoice] = (await client.invoices.search.query({ query: number })).filter((r) => r.invoiceNumber === number);
      if (!invoice) throw new UsageError(`no invoice ${number} visible to this token`);
      return client.invoices.send.mutate({ invoiceId: invoice.id });
    },
  },
};

/** "invoices list --ref x" → the two-word command when there is one, else the one-word command. */
export function findCommand(argv: string[]): { command: Command; args: string[] } | null {
  const [first, second, ...rest] = argv;
  if (first && second && commands[`${first} ${second}`])
    return { command: commands[`${first} ${second}`] as Command, args: rest };
  if (first && commands[first]) return { command: commands[first], args: argv.slice(1) };
  return null;
}

const GLOBAL_OPTIONS = [
  "--json            print JSON (the default when the output is a pipe or a file)",
  "--table           print an aligned table (the default on a terminal)",
  "--help, -h        this help; `<command> --help` for one command",
];

const ENVIRONMENT =
  "Environment: RESKONTRA_URL (default http://127.0.0.1:3000), RESKONTRA_TOKEN (default: the token in data/demo-api-token)";

export function wantsHelp(args: string[]): boolean {
  return args.includes("--help") || args.includes("-h");
}

/** Every command with its summary, the output options and the environment. */
export function usage(): string {
  const lines = Object.values(commands).map((c) => `  pnpm reskontra ${c.usage.padEnd(40)} ${c.summary}`);
  return [
    "Usage: pnpm reskontra <command> [options]   (pnpm -s reskontra … prints only the result)",
    "",
    "Commands:",
    ...lines,
    "",
    "Options:",
    ...GLOBAL_OPTIONS.map((o) => `  ${o}`),
    "",
    ENVIRONMENT,
  ].join("\n");
}

/** One command's usage, summary and options. */
export function commandHelp(command: Command): string {
  return [
    `Usage: pnpm reskontra ${command.usage}`,
    "",
    `  ${command.summary}`,
    ...(command.details?.length ? ["", ...command.details.map((d) => `  ${d}`)] : []),
    "",
    "Options:",
    ...GLOBAL_OPTIONS.map((o) => `  ${o}`),
  ].join("\n");
}
