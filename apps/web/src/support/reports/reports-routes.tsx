import { lazy, Suspense } from "react";
import { useSupportText } from "../texts";

// The report page (and, after it, its chart library) is its own chunk: nobody else downloads it.
const ReportPage = lazy(() => import("./report-page").then((m) => ({ default: m.ReportPage })));

/** The reports room of the support desk; its pages are routed here under /support/reports. */
export function ReportsRoutes() {
  const { st } = useSupportText();
  return (
    <Suspense fallback={<p role="status">{st("loading")}</p>}>
      <ReportPage />
    </Suspense>
  );
}
