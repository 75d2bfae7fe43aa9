import type { ApiApp } from "./api-app";

/**
 * The app's one Content-Security-Policy: scripts and styles only from its own files (the built
 * index.html has no inline script; React's style props go through the CSSOM, which CSP allows),
 * API calls only to itself, PDFs previewed from blob: URLs, and no page may frame it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const HSTS = "max-age=31536000; includeSubDomains";

/** Hashed build output (Vite names every asset by its content): a changed file is a new name. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/** The headers every response carries; HSTS only when configured to be behind HTTPS. */
export function securityHeaders(options: { hsts: boolean }): [string, string][] {
  const headers: [string, string][] = [
    ["content-security-policy", CONTENT_SECURITY_POLICY],
    ["x-content-type-options", "nosniff"],
    ["referrer-policy", "no-referrer"],
    ["x-frame-options", "DENY"],
    ["cross-origin-opener-policy", "same-origin"],
    ["permissions-policy", "camera=(), microphone=(), geolocation=(), payment=()"],
  ];
  if (options.hsts) headers.push(["strict-transport-security", HSTS]);
  return headers;
}

/**
 * Security headers on every response, error pages and 404s included. A route that set its own
 * (a support attachment's sandbox CSP) keeps it. The fast lane (fast-lane.ts) writes the same list.
 */
export function registerSecurityHeaders(app: ApiApp, options: { hsts: boolean }) {
  const headers = securityHeaders(options);
  app.addHook("onSend", async (_request, reply, payload) => {
    for (const [name, value] of headers) if (!reply.hasHeader(name)) reply.header(name, value);
    return payload;
  });
}

/** Cache-Control for a file of the built web app: hashed assets forever, index.html always revalidated. */
export function cacheControlFor(filePath: string): string {
  return /[\\/]assets[\\/]/.test(filePath) ? IMMUTABLE : "no-cache";
}
