import { useMessages } from "../../i18n/locale";
import { workspaceMessages } from "./messages";

/** `t(key, params)` over the workspace's texts, and the locale for formatting. */
export function useWorkspaceText() {
  return useMessages(workspaceMessages);
}
