import { AccountPage } from "./account-page";

/** /account: the signed-in person's own profile, password, sessions and tokens. */
export function AccountRoutes() {
  return <AccountPage />;
}
