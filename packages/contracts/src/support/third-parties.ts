// Input schemas of the support desk's third-parties procedures; the web's forms check with the same ones.
import {
  isValidContactEmail,
  isValidContactPhone,
  isValidWebsite,
  THIRD_PARTY_KINDS,
  TICKET_CATEGORIES,
} from "@reskontra/domain";
import { z } from "zod";
import { plainString } from "../shared/plain-string";

const text = (max: number) => plainString().trim().min(1).max(max);
/** An optional contact field: empty means "none". Refusals name their code, worded by the api and the form. */
const optionalContact = (valid: (v: string) => boolean, code: string) =>
  z
    .string()
    .trim()
    .max(254)
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || valid(v), { message: code });

export const thirdPartyInput = z.object({
  name: text(200),
  kind: z.enum(THIRD_PARTY_KINDS),
  phone: optionalContact(isValidContactPhone, "THIRD_PARTY_PHONE_INVALID"),
  email: optionalContact(isValidContactEmail, "THIRD_PARTY_EMAIL_INVALID"),
  website: optionalContact(isValidWebsite, "THIRD_PARTY_WEBSITE_INVALID"),
  instructionsFi: plainString().trim().max(1000).default(""),
  instructionsEn: plainString().trim().max(1000).default(""),
});
export type ThirdPartyInput = z.input<typeof thirdPartyInput>;

export const thirdPartyTopicInput = z.object({
  titleFi: text(200),
  titleEn: text(200),
  /** Words or phrases that suggest the topic; stored lower-case, matched with their inflected forms. */
  keywords: z
    .array(
      plainString()
        .trim()
        .min(2)
        .max(60)
        .transform((k) => k.toLowerCase()),
    )
    .max(40)
    // A custom issue, so the refusal is our sentence rather than zod's "at least 1 item".
    .refine((keywords) => keywords.length > 0, { message: "THIRD_PARTY_KEYWORDS_MISSING" }),
  category: z
    .enum(TICKET_CATEGORIES)
    .nullish()
    .transform((v) => v ?? null),
});
export type ThirdPartyTopicInput = z.input<typeof thirdPartyTopicInput>;

export const createThirdPartyInput = z.object({ party: thirdPartyInput });
export const updateThirdPartyInput = z.object({ thirdPartyId: z.uuid(), party: thirdPartyInput });
export const thirdPartyIdInput = z.object({ thirdPartyId: z.uuid() });
export const addThirdPartyTopicInput = z.object({ thirdPartyId: z.uuid(), topic: thirdPartyTopicInput });
export const updateThirdPartyTopicInput = z.object({ topicId: z.uuid(), topic: thirdPartyTopicInput });
export const thirdPartyTopicIdInput = z.object({ topicId: z.uuid() });
export const listThirdPartiesInput = z.object({ includeInactive: z.boolean().default(false) });
export const triageTicketInput = z.object({ ticketId: z.uuid() });
export const triageFindTicketInput = z.object({ number: z.number().int().min(1).max(999_999_999_999) });

export const forwardToThirdPartyInput = z.object({
  ticketId: z.uuid(),
  thirdPartyId: z.uuid(),
  /** The agent's words to the third party, above the customer's request. */
  note: plainString().trim().max(4000).default(""),
});
export type ForwardToThirdPartyInput = z.input<typeof forwardToThirdPartyInput>;
