export { createHarness } from "./harness";
export type { Harness } from "./harness";
export { expectRefusal } from "./expect-refusal";
export { createApiToken } from "../auth/api-tokens";
export { demoTemplate, demoWithQueueTemplate } from "./demo-templates";
export { DEMO_TOTP_SECRET, demoTotpCode } from "../seed/demo-totp";
