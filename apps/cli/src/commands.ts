import type { CliClient } from "./client";

export interface Command {
  usage: string;
  summary: string;
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
