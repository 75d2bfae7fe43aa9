export { startTestServer } from "./test-server";
export type { TestServer } from "./test-server";
export { createHarness } from "./harness";
export type { Harness } from "./harness";
export { expectRefusal } from "./expect-refusal";
export { createApiToken } from "../auth/api-tokens";
export { readCaughtMail } from "@reskontra/mail";
export type { CaughtMail } from "@reskontra/mail";
