import { spawn } from "node:child_process";
import { openSync } from "node:fs";
import postgres from "postgres";

const DB = process.env.DB ?? "rsk_dbloss_repro";
const admin = postgres("postgres://postgres@127.0.0.1:5432/test", { max: 1, onnotice: () => {} });
await admin.unsafe(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
await admin.unsafe(`CREATE DATABASE ${DB}`);
const PORT = 3917;
const out = openSync("/tmp/dbloss-repro.log", "w");
const child = spawn("system/node_modules/.bin/tsx", ["system/src/start-all.ts"], {
  env: { ...process.env, DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${DB}`, DATA_DIR: "/tmp/dbloss-data", PORT: String(PORT), SMTP_CATCHER_PORT: "2917", SEED_DEMO: "true", LOG_LEVEL: "info" },
  stdio: ["ignore", out, out],
});
let exited: number | null = null;
child.on("exit", (code) => { exited = code ?? -1; console.log("CHILD EXITED", code); });
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 120; i++) {
  try { if ((await fetch(`${base}/healthz`)).ok) break; } catch {}
  await new Promise((r) => setTimeout(r, 500));
}
console.log("up");
async function login(email: string) {
  const r = await fetch(`${base}/trpc/auth.login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: { email, password: "demo-salasana" } }) });
  const c = r.headers.getSetCookie().find((x) => x.startsWith("rsk_session="))!.split(";")[0]!;
  return c;
}
async function call(cookie: string, kind: "query" | "mutation", proc: string, input: unknown) {
  const r = kind === "mutation"
    ? await fetch(`${base}/trpc/${proc}`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ json: input }) })
    : await fetch(`${base}/trpc/${proc}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, { headers: { cookie } });
  const body = await r.json() as any;
  return { status: r.status, body };
}
const ville = await login("ville.virtanen@demo.reskontra.fi");
const me = await call(ville, "query", "auth.whoami", undefined);
const organizationId = me.body.result.data.json.memberships[0].organizationId;
const customers = await call(ville, "query", "customers.list", { organizationId });
const maija = customers.body.result.data.json.find((c: any) => c.customerNumber === "1");
const ids: string[] = [];
for (let i = 0; i < 20; i++) {
  const d = await call(ville, "mutation", "invoices.create", { organizationId, customerId: maija.id, issueDate: "2026-12-03", paymentTermsDays: 14, deliveryMethod: "email", rows: [{ description: `Siivous ${i}`, quantity: 1, unit: "h", unitPriceCents: 4000, vatRatePercent: 25.5 }] });
  const id = d.body.result.data.json.id;
  await call(ville, "mutation", "invoices.submit", { invoiceId: id });
  ids.push(id);
}
console.log("submitted", ids.length);
const agent = await login("agentti@demo.reskontra.fi");
const sends = ids.map((id) => call(agent, "mutation", "invoices.send", { invoiceId: id }));
const statuses: number[] = [];
for (let k = 0; k < 3; k++) {
  await new Promise((r) => setTimeout(r, 300));
  const killed = await admin.unsafe(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${DB}' and pid <> pg_backend_pid()`);
  console.log("terminated", killed.length);
  const s = await call(agent, "query", "invoices.unsent", undefined).catch((e) => ({ status: -1, body: String(e) }));
  statuses.push(s.status);
  console.log("during outage", s.status, JSON.stringify(s.body).slice(0, 200));
}
console.log("send statuses", (await Promise.all(sends)).map((s) => s.status).join(","));
await new Promise((r) => setTimeout(r, 15000));
console.log("exited:", exited);
const rows = await admin.unsafe(`select count(*) from ${DB}.public.dispatches`).catch(() => null);
child.kill("SIGTERM");
await admin.end();
