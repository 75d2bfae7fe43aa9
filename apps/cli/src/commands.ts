import type { CliClient } from "./client";

export interface Command {
  usage: string;
  summary: string;
  run(client: CliClient, args: string[]): Promise<unknown>;
}

/** Each command is a typed call of a tRPC procedure: the CLI holds no business logic of its own. */
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
};
