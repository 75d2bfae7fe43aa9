import { createTranslator } from "@reskontra/i18n";
import type { Locale } from "@reskontra/ui";
import type { Reason } from "./api-types";
import { thirdPartyMessages } from "./messages";

const translators = { fi: createTranslator(thirdPartyMessages, "fi"), en: createTranslator(thirdPartyMessages, "en") };

/** Why triage suggested a party, in words the agent can check against the request. */
export function reasonText(locale: Locale, r: Reason): string {
  const tt = translators[locale];
  switch (r.kind) {
    case "keyword":
      return tt("reason.keyword", { matched: r.matched, keyword: r.keyword });
    case "name":
      return tt("reason.name", { matched: r.matched });
    case "category":
      return tt("reason.category");
    case "invoice_delivery":
      return tt("reason.invoice", {
        number: r.invoiceNumber,
        method: tt(`method.${r.deliveryMethod}`),
        status: tt(r.dispatchStatus ? `dispatch.${r.dispatchStatus}` : "dispatch.none"),
      });
  }
}
