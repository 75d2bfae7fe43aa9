import { useMessages } from "../i18n/locale";
import { voucherMessages, type VoucherMessageKey } from "./messages";

export type VoucherTextKey = VoucherMessageKey;

/** `v(key, params)` in the current language, and the locale for formatting. */
export function useVoucherText() {
  const { t, locale } = useMessages(voucherMessages);
  return { v: t, locale };
}
