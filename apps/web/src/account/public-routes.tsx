import { lazy } from "react";
import { Link, Route, Switch } from "wouter";
import { useMessages } from "../i18n/locale";
import { accountMessages } from "./messages";
import { RequestResetPage, SetNewPasswordPage, tokenFromHash } from "./password-reset-pages";

const LoginPage = lazy(() => import("../auth/login-page").then((m) => ({ default: m.LoginPage })));
const InvitationPage = lazy(() => import("../organizations/invitation-page").then((m) => ({ default: m.InvitationPage })));

/** What a signed-out visitor can reach: sign-in, a mailed invitation, a forgotten password. */
export function PublicRoutes() {
  const { t } = useMessages(accountMessages);
  return (
    <Switch>
      <Route path="/invitation">
        <InvitationPage token={tokenFromHash()} />
      </Route>
      <Route path="/password-reset">
        {tokenFromHash() ? <SetNewPasswordPage token={tokenFromHash()} /> : <RequestResetPage />}
      </Route>
      <Route path="*">
        <LoginPage />
        <p className="login">
          <Link href="/password-reset">{t("reset.forgot")}</Link>
        </p>
      </Route>
    </Switch>
  );
}
