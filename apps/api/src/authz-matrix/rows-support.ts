import { ROLES } from "@reskontra/db";
import type { MatrixTable } from "./matrix-row";

const AGENT = { access: ["agent"], global: ["agent"] } as const;
const REPORTS = { access: ["agent", "product"], global: ["agent", "product"] } as const;
const PRODUCT = { access: ["product"], global: ["product"] } as const;
const topic = { titleFi: "Aihe", titleEn: "Topic", keywords: ["aihe"] };
const party = { name: "Matriisi", kind: "authority", phone: null, email: null, website: null };

/**
 * The support desk. Requesters (every role) file and follow their own tickets; the operator's
 * agents see every ticket; suggestions are one board for everyone signed in.
 */
export const supportRows: MatrixTable = {
  "support.tickets.checkText": { access: "signed-in", input: () => ({ subject: "Apua", description: "Lasku ei näy." }) },
  "support.tickets.create": {
    access: ROLES,
    input: ({ org }) => ({
      organizationId: org,
      subject: "Apua",
      description: "Lasku ei näy.",
      category: "invoices",
      sendWithoutIdentifier: true,
    }),
  },
  "support.tickets.list": { access: "signed-in", input: () => ({ scope: "organization" }) },
  "support.tickets.get": {
    access: "signed-in",
    owners: ["user"],
    global: ["agent"],
    input: ({ t }) => ({ ticketId: t.ticketId }),
  },
  "support.tickets.reply": {
    access: "signed-in",
    owners: ["user"],
    global: ["agent"],
    input: ({ t }) => ({ ticketId: t.ticketId, body: "Lisätieto" }),
  },
  "support.tickets.resolve": {
    access: "signed-in",
    owners: ["user"],
    global: ["agent"],
    input: ({ t }) => ({ ticketId: t.ticketId }),
  },

  "support.workspace.lines": AGENT,
  "support.workspace.agents": AGENT,
  "support.workspace.organizations": AGENT,
  "support.workspace.list": { ...AGENT, input: () => ({ view: "lines" }) },
  "support.workspace.ticket": { ...AGENT, input: ({ t }) => ({ ticketId: t.ticketId }) },
  "support.workspace.assign": AGENT,
  "support.workspace.take": AGENT,
  "support.workspace.update": AGENT,
  "support.workspace.addNote": AGENT,
  "support.workspace.reply": AGENT,
  "support.workspace.merge": AGENT,
  "support.workspace.savedReplies": { ...AGENT, input: () => ({}) },
  "support.workspace.createSavedReply": AGENT,
  "support.workspace.updateSavedReply": AGENT,
  "support.workspace.deleteSavedReply": AGENT,

  "support.mail.list": { ...AGENT, input: () => ({}) },
  "support.mail.view": { ...AGENT, input: ({ g }) => ({ inboundMailId: g.inboundMailId }) },
  "support.mail.release": AGENT,
  "support.mail.discard": AGENT,

  "support.phone.lines": { access: "signed-in" },
  "support.phone.logCall": AGENT,
  "support.phone.attachCall": AGENT,
  "support.phone.calls": { ...AGENT, input: () => ({}) },
  "support.phone.createCallback": AGENT,
  "support.phone.dueCallbacks": { ...AGENT, input: () => ({}) },
  "support.phone.ticketCallbacks": { ...AGENT, input: ({ t }) => ({ ticketId: t.ticketId }) },
  "support.phone.completeCallback": AGENT,
  "support.phone.reassignCallback": AGENT,
  "support.phone.assignees": AGENT,

  "support.thirdParties.list": { ...AGENT, input: () => ({}) },
  "support.thirdParties.get": { ...AGENT, input: ({ g }) => ({ thirdPartyId: g.thirdPartyId }) },
  "support.thirdParties.create": { ...AGENT, input: () => ({ party }) },
  "support.thirdParties.update": { ...AGENT, input: ({ g }) => ({ thirdPartyId: g.thirdPartyId, party }) },
  "support.thirdParties.deactivate": { ...AGENT, input: ({ g }) => ({ thirdPartyId: g.thirdPartyId }) },
  "support.thirdParties.reactivate": { ...AGENT, input: ({ g }) => ({ thirdPartyId: g.thirdPartyId }) },
  "support.thirdParties.addTopic": { ...AGENT, input: ({ g }) => ({ thirdPartyId: g.thirdPartyId, topic }) },
  "support.thirdParties.updateTopic": AGENT,
  "support.thirdParties.removeTopic": AGENT,
  // A requester sees which authority to turn to for their own ticket; an agent for any ticket.
  "support.thirdParties.suggestForTicket": {
    access: "signed-in",
    owners: ["user"],
    global: ["agent"],
    input: ({ t }) => ({ ticketId: t.ticketId }),
  },
  "support.thirdParties.findTicket": { ...AGENT, input: ({ g }) => ({ number: g.ticketNumber }) },
  "support.thirdParties.forward": AGENT,

  "support.suggestions.file": { access: "signed-in" },
  // The board is everyone's; the desk and the product team also see who filed for which company.
  "support.suggestions.list": { access: "signed-in", global: ["agent", "product"], input: () => ({}) },
  "support.suggestions.get": {
    access: "signed-in",
    global: ["agent", "product"],
    input: ({ g }) => ({ suggestionId: g.suggestionId }),
  },
  "support.suggestions.history": {
    access: "signed-in",
    global: ["agent", "product"],
    input: ({ g }) => ({ suggestionId: g.suggestionId }),
  },
  "support.suggestions.attachment": {
    access: "signed-in",
    owners: ["user", "company_admin"],
    global: ["agent", "product"],
    input: ({ t }) => ({ attachmentId: t.attachmentId }),
  },
  "support.suggestions.vote": { access: "signed-in" },
  "support.suggestions.unvote": { access: "signed-in" },
  "support.suggestions.months": PRODUCT,
  "support.suggestions.board": { ...PRODUCT, input: () => ({ month: "2026-11" }) },
  "support.suggestions.changeStatus": {
    ...PRODUCT,
    input: ({ g }) => ({ suggestionId: g.suggestionId, status: "planned", reason: "Suunnitteilla" }),
  },
  "support.suggestions.merge": { ...PRODUCT, input: ({ g }) => ({ suggestionId: g.suggestionId, targetId: g.suggestionId }) },

  "support.reports.monthly": { ...REPORTS, input: () => ({ month: "2026-11" }) },
  "support.reports.monthlyCsv": { ...REPORTS, input: () => ({ month: "2026-11" }) },
};
