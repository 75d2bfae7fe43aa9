import type { JobDefinition } from "./define-job";
import { supportProcessInboundMail, supportSweepInboundMail } from "./support-mail";

// The support desk's jobs (inbound mail to tickets, SLA and callback sweeps). Each is also listed in
// `supportJobs`, which allJobs spreads, so a new job here needs no other registration than its handler.

export { supportProcessInboundMail, supportSweepInboundMail } from "./support-mail";

export const supportJobs: readonly JobDefinition[] = [supportProcessInboundMail, supportSweepInboundMail];
