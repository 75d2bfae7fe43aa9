import { TICKET_ATTACHMENT_LIMITS } from "@reskontra/contracts/support";
import { useId, useState } from "react";
import { useTicketText } from "./use-ticket-text";

const ACCEPTED = ["image/png", "image/jpeg", "application/pdf", "text/plain"];
const ACCEPTED_NAMES = /\.(png|jpe?g|pdf|txt)$/i;

/**
 * Picks up to five files of at most 10 MB, refusing the rest at once in words. The browser's idea
 * of the type is only a first check: the api sniffs the bytes and refuses what is not what it claims.
 */
export function AttachmentPicker({ files, onChange }: { files: File[]; onChange: (files: File[]) => void }) {
  const { t } = useTicketText();
  const id = useId();
  const [refusals, setRefusals] = useState<string[]>([]);

  function add(list: FileList | null) {
    const next = [...files];
    const refused: string[] = [];
    for (const file of Array.from(list ?? [])) {
      if (!(ACCEPTED.includes(file.type) || (file.type === "" && ACCEPTED_NAMES.test(file.name))))
        refused.push(t("file.type", { name: file.name }));
      else if (file.size > TICKET_ATTACHMENT_LIMITS.maxBytes) refused.push(t("file.tooLarge", { name: file.name }));
      else if (next.length >= TICKET_ATTACHMENT_LIMITS.maxFiles) refused.push(t("file.tooMany", { name: file.name }));
      else next.push(file);
    }
    setRefusals(refused);
    onChange(next);
  }

  return (
    <div className="rk-field ticket-files">
      <label htmlFor={id}>{t("form.files")}</label>
      <input
        id={id}
        type="file"
        multiple
        accept=".png,.jpg,.jpeg,.pdf,.txt,image/png,image/jpeg,application/pdf,text/plain"
        onChange={(e) => {
          add(e.target.files);
          e.target.value = "";
        }}
      />
      <small className="rk-hint">{t("form.filesHint")}</small>
      {refusals.map((r) => (
        <small key={r} role="alert" className="rk-error">
          {r}
        </small>
      ))}
      {files.length > 0 ? (
        <ul className="ticket-file-list">
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`}>
              {f.name} ({t("file.size", { kb: Math.max(1, Math.round(f.size / 1024)) })}){" "}
              <button
                type="button"
                className="rk-button rk-button--secondary"
                onClick={() => onChange(files.filter((_, j) => j !== i))}
              >
                {t("form.remove", { name: f.name })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Sends one file's bytes to a message of a ticket; the api answers a refusal in the user's language. */
export async function uploadAttachment(ticketId: string, messageId: string, file: File): Promise<string | null> {
  const response = await fetch(
    `/files/support/tickets/${ticketId}/messages/${messageId}/attachments?name=${encodeURIComponent(file.name)}`,
    { method: "POST", headers: { "content-type": "application/octet-stream" }, body: file, credentials: "same-origin" },
  );
  if (response.ok) return null;
  const data = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return data?.error?.message ?? response.statusText;
}

/** Uploads each file in turn; the refusals, one line per file that did not go. */
export async function uploadAll(
  ticketId: string,
  messageId: string,
  files: readonly File[],
  failed: (name: string, reason: string) => string,
): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const problem = await uploadAttachment(ticketId, messageId, file);
    if (problem) problems.push(failed(file.name, problem));
  }
  return problems;
}
