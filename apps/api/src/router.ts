import { authRouter } from "./auth/router";
import { healthRouter } from "./health/router";
import { customersRouter, invoicesRouter } from "./invoices/router";
import { organizationsRouter } from "./organizations/router";
import { createCallerFactory, router } from "./trpc/init";

export const appRouter = router({
  auth: authRouter,
  health: healthRouter,
  customers: customersRouter,
  invoices: invoicesRouter,
  organizations: organizationsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
