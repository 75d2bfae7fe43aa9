import type { AppRouter } from "@reskontra/api";
import type { inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>["support"]["tickets"];
export type TicketView = Outputs["get"];
export type TicketListItem = Outputs["list"][number];
export type LinkedIdentifier = TicketView["subjectIdentifiers"][number];
export type IdentifierLink = NonNullable<LinkedIdentifier["link"]>;
