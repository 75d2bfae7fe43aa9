/**
 * A caller of the api over plain HTTP, as a script or a second browser tab would be: tRPC's wire
 * format (superjson's `{ json }` envelope), a session cookie, no Origin header. The same session may
 * be used against any api instance, which is the point of a fleet.
 */
export class FleetCallError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    body: string,
  ) {
    super(`${path}: HTTP ${status} ${body.slice(0, 300)}`);
  }
}

/** A browser's session cookie, or an API token as the CLI sends it. */
export type FleetSession = { cookie: string } | { token: string };

async function call<T>(baseUrl: string, path: string, session: FleetSession | null, kind: "query" | "mutation", input: unknown) {
  const headers: Record<string, string> = {};
  if (session && "cookie" in session) headers.cookie = session.cookie;
  if (session && "token" in session) headers.authorization = `Bearer ${session.token}`;
  const encoded = JSON.stringify({ json: input ?? null });
  const response =
    kind === "query"
      ? await fetch(`${baseUrl}/trpc/${path}?input=${encodeURIComponent(encoded)}`, { headers })
      : await fetch(`${baseUrl}/trpc/${path}`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: encoded,
        });
  const text = await response.text();
  if (!response.ok) throw new FleetCallError(path, response.status, text);
  const body = JSON.parse(text) as { result: { data: { json: T } } };
  return { data: body.result.data.json, response };
}

export function fleetQuery<T>(baseUrl: string, session: FleetSession, path: string, input?: unknown): Promise<T> {
  return call<T>(baseUrl, path, session, "query", input).then((r) => r.data);
}

export function fleetMutation<T>(baseUrl: string, session: FleetSession, path: string, input: unknown): Promise<T> {
  return call<T>(baseUrl, path, session, "mutation", input).then((r) => r.data);
}

/** Signs in on one instance and returns the session cookie. */
export async function fleetSignIn(baseUrl: string, email: string, password: string): Promise<FleetSession> {
  const { response } = await call(baseUrl, "auth.login", null, "mutation", { email, password });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";", 1)[0] ?? "")
    .find((c) => c.startsWith("rsk_session="));
  if (!cookie) throw new Error(`no session cookie from ${baseUrl} for ${email}`);
  return { cookie };
}
