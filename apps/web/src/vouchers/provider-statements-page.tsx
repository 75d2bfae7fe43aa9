import { formatPeriod } from "@reskontra/domain";
import { Alert, Button, Card, DateText, Money, Table } from "@reskontra/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { refusalOf, useTRPC, useTRPCClient } from "../trpc";
import { openPdf } from "./pdf";
import { useVoucherText } from "./texts";

/** The provider's settlement statements from each organizer, with the PDF. */
export function ProviderStatementsPage({ providerId }: { providerId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { v, locale } = useVoucherText();
  const statements = useQuery(trpc.vouchers.provider.statements.queryOptions({ organizationId: providerId }));
  const pdf = useMutation({
    mutationFn: (lineId: string) => client.vouchers.provider.statementPdf.query({ organizationId: providerId, lineId }),
    onSuccess: (r) => openPdf(r.pdfBase64),
  });
  const error = statements.error ?? pdf.error;
  return (
    <Card title={v("statements.title")}>
      {error ? <Alert>{refusalOf(error)?.message}</Alert> : null}
      <Table
        rows={statements.data ?? []}
        rowKey={(l) => l.id}
        rowTestId={(l) => `statement-${l.period}`}
        empty={statements.isPending ? v("loading") : v("statements.empty")}
        columns={[
          { key: "period", header: v("col.period"), cell: (l) => formatPeriod(l.period, locale) },
          { key: "organizer", header: v("col.organizer"), cell: (l) => l.organizerName },
          { key: "events", header: v("col.events"), align: "right", cell: (l) => l.eventCount },
          {
            key: "approved",
            header: v("col.approved"),
            align: "right",
            cell: (l) => <Money cents={l.approvedCents} locale={locale} />,
          },
          {
            key: "credits",
            header: v("col.credits"),
            align: "right",
            cell: (l) => <Money cents={-l.creditCents} locale={locale} />,
          },
          {
            key: "carriedIn",
            header: v("col.carriedIn"),
            align: "right",
            cell: (l) => <Money cents={-l.carriedInCents} locale={locale} />,
          },
          {
            key: "payable",
            header: v("col.payable"),
            align: "right",
            cell: (l) => <Money cents={l.payableCents} locale={locale} />,
          },
          {
            key: "carriedOut",
            header: v("col.carriedOut"),
            align: "right",
            cell: (l) => <Money cents={l.carriedOutCents} locale={locale} />,
          },
          { key: "paid", header: v("col.paidOn"), cell: (l) => (l.paidOn ? <DateText date={l.paidOn} locale={locale} /> : "–") },
          {
            key: "pdf",
            header: "PDF",
            cell: (l) => (
              <Button variant="secondary" onClick={() => pdf.mutate(l.id)}>
                PDF
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
