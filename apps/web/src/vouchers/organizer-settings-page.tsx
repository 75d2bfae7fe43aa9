import { Alert, Button, Card, Field } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { refusalOf, useTRPC } from "../trpc";
import { useVoucherText } from "./texts";

interface Reason {
  code: string;
  labelFi: string;
  labelEn: string;
}

/** The organizer's settlement day (4–8), whether the automatic check may approve, and its credit reason codes. */
export function OrganizerSettingsPage({ organizerId }: { organizerId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { v } = useVoucherText();
  const settings = useQuery(trpc.vouchers.organizer.settings.queryOptions({ organizationId: organizerId }));
  const [day, setDay] = useState("");
  const [autoApprove, setAutoApprove] = useState(false);
  const [reasons, setReasons] = useState<Reason[]>([]);
  // The form starts from the server's settings and starts over whenever they change (after a save);
  // adjusting state while rendering spares the extra render an effect would cost.
  const [shown, setShown] = useState<typeof settings.data>(undefined);
  if (settings.data && settings.data !== shown) {
    setShown(settings.data);
    setDay(String(settings.data.settlementDay));
    setAutoApprove(settings.data.autoApprove);
    setReasons(settings.data.creditReasons);
  }
  const save = useMutation(
    trpc.vouchers.organizer.updateSettings.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.vouchers.organizer.settings.pathFilter()),
    }),
  );
  const refusal = refusalOf(save.error);
  const fieldErrors = refusal?.fieldErrors ?? {};
  const setReason = (i: number, key: keyof Reason, value: string) =>
    setReasons(reasons.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  if (settings.error) return <Alert>{refusalOf(settings.error)?.message}</Alert>;
  return (
    <Card title={v("settings.title")}>
      <form
        className="voucher-form"
        aria-label={v("settings.title")}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ organizationId: organizerId, settlementDay: Number(day), autoApprove, creditReasons: reasons });
        }}
      >
        <Field
          label={v("settings.settlementDay")}
          type="number"
          min={4}
          max={8}
          value={day}
          onChange={(e) => setDay(e.target.value)}
          error={fieldErrors.settlementDay?.[0]}
        />
        <label>
          <input type="checkbox" checked={autoApprove} onChange={(e) => setAutoApprove(e.target.checked)} />{" "}
          {v("settings.autoApprove")}
        </label>
        <h3>{v("settings.reasons")}</h3>
        {reasons.map((r, i) => (
          <fieldset key={i} className="voucher-reason">
            <Field
              label={v("settings.code")}
              value={r.code}
              onChange={(e) => setReason(i, "code", e.target.value)}
              error={fieldErrors[`creditReasons.${i}.code`]?.[0]}
            />
            <Field
              label={v("settings.labelFi")}
              value={r.labelFi}
              onChange={(e) => setReason(i, "labelFi", e.target.value)}
              error={fieldErrors[`creditReasons.${i}.labelFi`]?.[0]}
            />
            <Field
              label={v("settings.labelEn")}
              value={r.labelEn}
              onChange={(e) => setReason(i, "labelEn", e.target.value)}
              error={fieldErrors[`creditReasons.${i}.labelEn`]?.[0]}
            />
            <Button type="button" variant="secondary" onClick={() => setReasons(reasons.filter((_, j) => j !== i))}>
              {v("settings.removeReason")}
            </Button>
          </fieldset>
        ))}
        <Button
          type="button"
          variant="secondary"
          onClick={() => setReasons([...reasons, { code: "", labelFi: "", labelEn: "" }])}
        >
          {v("settings.addReason")}
        </Button>
        {refusal && Object.keys(fieldErrors).length === 0 ? <Alert>{refusal.message}</Alert> : null}
        {save.isSuccess ? <Alert tone="success">{v("admin.saved")}</Alert> : null}
        <Button type="submit" disabled={save.isPending}>
          {v("settings.save")}
        </Button>
      </form>
    </Card>
  );
}
