import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { useSupportText } from "../texts";

const QuarantinePage = lazy(() => import("./quarantine-page").then((m) => ({ default: m.QuarantinePage })));
const QuarantinedMailPage = lazy(() => import("./quarantined-mail-page").then((m) => ({ default: m.QuarantinedMailPage })));

/** The mail room of the support desk; its pages are routed here under /support/mail. */
export function MailRoutes() {
  const { st } = useSupportText();
  return (
    <Suspense fallback={<p>{st("loading")}</p>}>
      <Switch>
        <Route path="/support/mail/:id">{(params) => <QuarantinedMailPage id={params.id} />}</Route>
        <Route>
          <QuarantinePage />
        </Route>
      </Switch>
    </Suspense>
  );
}
