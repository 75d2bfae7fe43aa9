export { startTestServer } from "./test-server";
export type { TestServer } from "./test-server";
export { createApiToken } from "@reskontra/api/testing";
export { readCaughtMail } from "@reskontra/worker/documents";
export type { CaughtMail } from "@reskontra/worker/documents";
