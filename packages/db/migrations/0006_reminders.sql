CREATE TYPE "public"."reminder_customer_kind" AS ENUM('consumer', 'business');--> statement-breakpoint
CREATE TABLE "reminder_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"rule_id" uuid NOT NULL,
	"invoice_id" uuid,
	"reminder_id" uuid,
	"kind" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminder_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"customer_kind" "reminder_customer_kind" NOT NULL,
	"fee_cents" bigint NOT NULL,
	"days_after_due" integer NOT NULL,
	"minimum_amount_cents" bigint NOT NULL,
	"channel" "delivery_method" NOT NULL,
	"max_count" integer NOT NULL,
	"interval_days" integer NOT NULL,
	"default_for" "reminder_customer_kind",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reminder_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"activated_at" timestamp with time zone NOT NULL,
	"activated_by" uuid NOT NULL,
	"confirmed_transaction_fee_cents" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"rule_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"customer_kind" "reminder_customer_kind" NOT NULL,
	"dispatch_id" uuid NOT NULL,
	"channel" "delivery_method" NOT NULL,
	"run_date" date NOT NULL,
	"new_due_date" date NOT NULL,
	"open_cents" bigint NOT NULL,
	"fee_cents" bigint NOT NULL,
	"interest_cents" bigint NOT NULL,
	"interest_rate_bp" integer,
	"transaction_fee_cents" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "reminders_sequence_positive" CHECK ("reminders"."sequence" >= 1)
);
--> statement-breakpoint
ALTER TABLE "reminder_events" ADD CONSTRAINT "reminder_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_events" ADD CONSTRAINT "reminder_events_rule_id_reminder_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."reminder_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_events" ADD CONSTRAINT "reminder_events_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_events" ADD CONSTRAINT "reminder_events_reminder_id_reminders_id_fk" FOREIGN KEY ("reminder_id") REFERENCES "public"."reminders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_rules" ADD CONSTRAINT "reminder_rules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_settings" ADD CONSTRAINT "reminder_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_settings" ADD CONSTRAINT "reminder_settings_activated_by_users_id_fk" FOREIGN KEY ("activated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_rule_id_reminder_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."reminder_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_dispatch_id_dispatches_id_fk" FOREIGN KEY ("dispatch_id") REFERENCES "public"."dispatches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reminder_events_rule_idx" ON "reminder_events" USING btree ("rule_id","at");--> statement-breakpoint
CREATE INDEX "reminder_events_invoice_idx" ON "reminder_events" USING btree ("invoice_id","at");--> statement-breakpoint
CREATE INDEX "reminder_rules_org_idx" ON "reminder_rules" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reminder_rules_default_key" ON "reminder_rules" USING btree ("organization_id","default_for") WHERE "reminder_rules"."default_for" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_invoice_sequence_key" ON "reminders" USING btree ("invoice_id","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "reminders_dispatch_key" ON "reminders" USING btree ("dispatch_id");--> statement-breakpoint
CREATE INDEX "reminders_rule_idx" ON "reminders" USING btree ("rule_id","created_at");--> statement-breakpoint
CREATE INDEX "reminders_org_sent_idx" ON "reminders" USING btree ("organization_id","sent_at");