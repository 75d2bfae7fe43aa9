import { accountRouter } from "./account/router";
import { authRouter } from "./auth/router";
import { healthRouter } from "./health/router";
import { notificationsRouter } from "./notifications/router";
import { customersRouter, invoicesRouter } from "./invoices/router";
import { organizationsRouter } from "./organizations/router";
import { remindersRouter } from "./reminders/router";
import { supportRouter } from "./support/router";
import { createCallerFactory, router } from "./trpc/init";
import { vouchersRouter } from "./vouchers/router";
import { homeRouter } from "./home/router";

export const appRouter = router({
  auth: authRouter,
  health: healthRouter,
  notifications: notificationsRouter,
  customers: customersRouter,
  invoices: invoicesRouter,
  organizations: organizationsRouter,
  reminders: remindersRouter,
  support: supportRouter,
  vouchers: vouchersRouter,
  account: accountRouter,
  home: homeRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
