import { helsinkiToday as domainHelsinkiToday, type IsoDate } from "@reskontra/domain";
import type { AuthedContext } from "../trpc/authed";
import type { Membership } from "../trpc/context";

/** A provider's call: `tenant` is the caller's `user` membership in the provider organization. */
export type ProviderContext = AuthedContext & { tenant: Membership };
/** An organizer admin's call: `tenant` is the `organizer_admin` membership in the county. */
export type OrganizerContext = AuthedContext & { tenant: Membership };

/** Today in Helsinki: the business date every voucher rule counts from. */
export function helsinkiToday(ctx: { clock: () => Date }): IsoDate {
  return domainHelsinkiToday(ctx.clock());
}

/** The same calendar day `years` earlier (29 February falls back to the 28th). */
