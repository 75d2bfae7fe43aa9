import { bench, describe } from "vitest";
import { suggestThirdParties, type TriageParty } from "./third-parties-triage";

// A directory far larger than any desk keeps (100 parties, 400 topics, 3 200 keywords) against a
// long request (about 1 500 characters): triage runs on every ticket view, so it must stay cheap.
const WORDS = ["verkkolasku", "operaattori", "tiliote", "paperilasku", "ostolasku", "finvoice", "skannaus", "maksu", "kirje"];
const parties: TriageParty[] = Array.from({ length: 100 }, (_, p) => ({
  id: `p${p}`,
  name: `Osapuoli${p} Oy`,
  kind: p % 2 === 0 ? "einvoice_operator" : "bank",
  active: true,
  topics: Array.from({ length: 4 }, (_, t) => ({
    id: `p${p}t${t}`,
    keywords: Array.from({ length: 8 }, (_, k) => `${WORDS[(p + t + k) % WORDS.length]}${k % 3 === 0 ? "" : ` ei mennyt${k}`}`),
    category: "invoices" as const,
  })),
}));
/** The worst case: no two keywords alike, so nothing is looked for only once. */
const distinct: TriageParty[] = parties.map((party, p) => ({
  ...party,
  topics: party.topics.map((topic, t) => ({ ...topic, keywords: topic.keywords.map((k, i) => `${k}${p}x${t}x${i}`) })),
}));
const text = "Hei, lasku 1001029002 ei ole mennyt perille verkkolaskuna, vaikka lähetin sen maanantaina operaattorille. ".repeat(
  14,
);

describe("suggestThirdParties", () => {
  bench(
    "100 parties × 4 topics × 8 keywords, a 1 500-character request",
    () => {
      suggestThirdParties({
        text,
        category: "invoices",
        invoices: [{ invoiceNumber: "1001029002", deliveryMethod: "einvoice", dispatchStatus: "failed" }],
        parties,
      });
    },
    { time: 3_000, warmupTime: 500 },
  );
  bench(
    "the same with every one of the 3 200 keywords different",
    () => {
      suggestThirdParties({ text, category: "invoices", invoices: [], parties: distinct });
    },
    { time: 3_000, warmupTime: 500 },
  );
});
