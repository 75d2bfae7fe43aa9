export { signInAidOf, startTestServer } from "./test-server";
export type { TestServer } from "./test-server";
export { createApiToken } from "@reskontra/api/testing";
export { readCaughtMail } from "@reskontra/mail";
export type { CaughtMail } from "@reskontra/mail";
