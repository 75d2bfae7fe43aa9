import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "rsk_session";
export const API_TOKEN_PREFIX = "rsk_";

export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** Only this digest is stored, for sessions and API tokens alike. */
export function digest(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
