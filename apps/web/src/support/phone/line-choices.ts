import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../../trpc";
import { usePhoneText } from "./texts";

/** The phone lines as options of a form's line field, in the user's language; the first is the default. */
export function useLineChoices(): { firstLineId: string; options: { value: string; label: string }[] } {
  const trpc = useTRPC();
  const { locale } = usePhoneText();
  const lines = useQuery(trpc.support.phone.lines.queryOptions());
  const options = (lines.data ?? []).map((l) => ({ value: l.id, label: locale === "en" ? l.nameEn : l.nameFi }));
  return { firstLineId: options[0]?.value ?? "", options };
}
