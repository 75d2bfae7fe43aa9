import type { Database } from "@reskontra/db";

/**
 * Bench-only: `invoices` open invoices of `customers` customers in `companies` companies with reminders
 * active, generated set-wise with generate_series. Every 20th customer is abroad (no rule: blocked),
 * every other one a person; due dates run from 30 days before `today` to 60 days after; every 10th
 * invoice is partly paid below the minimum, every 7th buyer has no e-mail (the channel falls back), half
 * the companies' business rules claim the fixed compensation, and a fifth of the overdue invoices
 * already had a reminder in the last 20 days.
 */
export async function insertOpenInvoices(
  database: Pick<Database, "executeSql">,
  size: { companies: number; customers: number; invoices: number; today: string },
): Promise<void> {
  const { companies: COMPANIES, customers: CUSTOMERS, invoices: INVOICES, today: TODAY } = size;
  const run = (text: string) => database.executeSql(text);
  await run(`INSERT INTO organizations (id, kind, name)
    SELECT md5('org' || g)::uuid, 'billing_company', 'Yritys ' || g FROM generate_series(1, ${COMPANIES}) g`);
  await run(`INSERT INTO users (id, email, name, password_hash, user_number)
    SELECT md5('user' || g)::uuid, 'owner' || g || '@example.fi', 'Omistaja ' || g, 'x', (400000 + g)::text
    FROM generate_series(1, ${COMPANIES}) g`);
  await run(`INSERT INTO reminder_settings (organization_id, activated_at, activated_by, confirmed_transaction_fee_cents)
    SELECT md5('org' || g)::uuid, now(), md5('user' || g)::uuid, 25 FROM generate_series(1, ${COMPANIES}) g`);
  await run(`INSERT INTO reminder_rules (id, organization_id, name, customer_kind, fee_cents, days_after_due,
      minimum_amount_cents, channel, max_count, interval_days, default_for, claim_compensation)
    SELECT md5(k || g)::uuid, md5('org' || g)::uuid, k, k::reminder_customer_kind,
      CASE k WHEN 'consumer' THEN 500 ELSE 1200 END, CASE k WHEN 'consumer' THEN 14 ELSE 7 END, 1000,
      'email', 2, CASE k WHEN 'consumer' THEN 14 ELSE 10 END, k::reminder_customer_kind, k = 'business' AND g % 2 = 0
    FROM generate_series(1, ${COMPANIES}) g, (VALUES ('consumer'), ('business')) v(k)`);
  await run(`INSERT INTO customers (id, organization_id, owner_user_id, customer_number, name, is_person, country_code,
      street, postal_code, city, email, reminder_rule_id)
    SELECT md5('c' || g)::uuid, md5('org' || (g % ${COMPANIES} + 1))::uuid, md5('user' || (g % ${COMPANIES} + 1))::uuid,
      g::text, 'Asiakas ' || g, g % 2 = 0, CASE WHEN g % 20 = 0 THEN 'SE' ELSE 'FI' END, 'Katu 1', '00100', 'Helsinki',
      'asiakas' || g || '@example.fi',
      CASE WHEN g % 20 = 0 THEN NULL WHEN g % 2 = 0 THEN md5('consumer' || (g % ${COMPANIES} + 1))::uuid
           ELSE md5('business' || (g % ${COMPANIES} + 1))::uuid END
    FROM generate_series(1, ${CUSTOMERS}) g`);
  await run(`INSERT INTO invoices (id, organization_id, user_id, customer_id, status, sequence, invoice_number, reference,
      issue_date, due_date, payment_terms_days, delivery_method, net_cents, vat_cents, gross_cents, paid_cents,
      buyer_snapshot, sent_at)
    SELECT md5('i' || g)::uuid, md5('org' || (c % ${COMPANIES} + 1))::uuid, md5('user' || (c % ${COMPANIES} + 1))::uuid,
      md5('c' || c)::uuid, 'sent', g, 'B' || g, 'R' || g,
      d - 14, d, 14, 'email', 10000 + g % 977, 2550, 12550 + g % 977, CASE WHEN g % 10 = 0 THEN 12000 ELSE 0 END,
      jsonb_build_object('email', CASE WHEN g % 7 = 0 THEN NULL ELSE 'asiakas' || c || '@example.fi' END,
        'einvoiceAddress', NULL, 'einvoiceOperator', NULL),
      (d - 14)::timestamptz + interval '9 hours'
    FROM (SELECT g, g % ${CUSTOMERS} + 1 AS c, '${TODAY}'::date - 30 + (g % 90) AS d FROM generate_series(1, ${INVOICES}) g) s`);
  await run(`INSERT INTO dispatches (id, invoice_id, document_kind, channel, idempotency_key, status)
    SELECT md5('d' || g)::uuid, md5('i' || g)::uuid, 'reminder', 'email', 'reminder:' || md5('i' || g)::uuid || ':1', 'sent'
    FROM generate_series(1, ${INVOICES}) g WHERE g % 5 = 0 AND g % 90 < 30`);
  await run(`INSERT INTO reminders (organization_id, invoice_id, sequence, rule_id, customer_id, customer_kind, dispatch_id,
      channel, run_date, new_due_date, open_cents, fee_cents, interest_cents, transaction_fee_cents, sent_at)
    SELECT i.organization_id, i.id, 1, c.reminder_rule_id, c.id,
      CASE WHEN c.is_person THEN 'consumer' ELSE 'business' END::reminder_customer_kind, md5('d' || g)::uuid,
      'email', '${TODAY}'::date - (g % 20), '${TODAY}'::date - (g % 20) + 14, 12550, 500, 0, 25, now()
    FROM generate_series(1, ${INVOICES}) g JOIN invoices i ON i.id = md5('i' || g)::uuid JOIN customers c ON c.id = i.customer_id
    WHERE g % 5 = 0 AND g % 90 < 30 AND c.reminder_rule_id IS NOT NULL`);
  await run("ANALYZE");
}
