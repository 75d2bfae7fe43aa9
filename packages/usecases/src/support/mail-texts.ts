/** The ticket number in the subject lets a reply from any mail client find its ticket. */
export function ticketTag(number: number): string {
  return `[#${number}]`;
}

/** Finds the ticket number a subject carries, e.g. "Re: [#100123] Lasku ei mennyt perille". */
export function ticketNumberInSubject(subject: string): number | null {
  const m = /\[#(\d{6,12})\]/.exec(subject);
  return m?.[1] ? Number(m[1]) : null;
}

export function ticketMailSubject(lang: "fi" | "en", number: number, subject: string, kind: "reply" | "forward"): string {
  const prefix = kind === "forward" ? (lang === "fi" ? "VL: " : "Fwd: ") : "Re: ";
  return `${prefix}${ticketTag(number)} ${subject}`;
}

const TEXTS = {
  fi: {
    replyFooter: "Vastaa tähän viestiin, niin vastauksesi liitetään tukipyyntöön",
    forwardIntro: "Välitämme asiakkaamme tukipyynnön, joka kuuluu teille. Vastaattehan tähän viestiin.",
    original: "Alkuperäinen pyyntö",
  },
  en: {
    replyFooter: "Reply to this message and your answer is added to support request",
    forwardIntro: "We forward our customer's support request, which belongs to you. Please reply to this message.",
    original: "Original request",
  },
} as const;

export function ticketMailText(
  lang: "fi" | "en",
  input: { number: number; body: string; kind: "reply" | "forward"; original: string },
): string {
  const t = TEXTS[lang];
  if (input.kind === "forward") {
    return `${t.forwardIntro}\n\n${input.body}\n\n--- ${t.original} ${ticketTag(input.number)} ---\n${input.original}\n`;
  }
  return `${input.body}\n\n--\n${t.replyFooter} ${ticketTag(input.number)}.\n`;
}
