CREATE TYPE "public"."purchasing_power_kind" AS ENUM('units', 'balance');--> statement-breakpoint
CREATE TYPE "public"."purchasing_power_status" AS ENUM('granted', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."voucher_event_state" AS ENUM('recorded', 'under_review', 'approved', 'rejected', 'settled', 'paid');--> statement-breakpoint
CREATE TABLE "voucher_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"purchasing_power_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"booking_date" date NOT NULL,
	"content" text NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voucher_client_numbers" (
	"provider_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"customer_number" text NOT NULL,
	CONSTRAINT "voucher_client_numbers_provider_id_client_id_pk" PRIMARY KEY("provider_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "voucher_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"hetu_ciphertext" "bytea" NOT NULL,
	"hetu_hash" text NOT NULL,
	"hetu_masked" text NOT NULL,
	"street" text,
	"postal_code" text,
	"city" text,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voucher_credit_reasons" (
	"organization_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label_fi" text NOT NULL,
	"label_en" text NOT NULL,
	CONSTRAINT "voucher_credit_reasons_organization_id_code_pk" PRIMARY KEY("organization_id","code")
);
--> statement-breakpoint
CREATE TABLE "voucher_credits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL,
	"reason_code" text NOT NULL,
	"explanation" text NOT NULL,
	"created_by" uuid NOT NULL,
	"settlement_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voucher_credit_negative" CHECK ("voucher_credits"."amount_cents" < 0)
);
--> statement-breakpoint
CREATE TABLE "voucher_error_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"reported_by" uuid NOT NULL,
	"message" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "voucher_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"recorded_by" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"purchasing_power_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"booking_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"event_date" date NOT NULL,
	"content" text NOT NULL,
	"units_milli" bigint NOT NULL,
	"unit_price_cents" bigint NOT NULL,
	"price_cents" bigint NOT NULL,
	"voucher_value_cents" bigint NOT NULL,
	"co_payment_cents" bigint NOT NULL,
	"state" "voucher_event_state" DEFAULT 'recorded' NOT NULL,
	"awaiting_credit" boolean DEFAULT false NOT NULL,
	"review_reason" text,
	"rejection_reason" text,
	"settlement_id" uuid,
	"co_payment_invoice_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voucher_organizer_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"settlement_day" integer NOT NULL,
	"auto_approve" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voucher_settlement_day_range" CHECK ("voucher_organizer_settings"."settlement_day" BETWEEN 4 AND 8)
);
--> statement-breakpoint
CREATE TABLE "voucher_purchasing_powers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"provider_id" uuid,
	"voucher_number" text NOT NULL,
	"kind" "purchasing_power_kind" NOT NULL,
	"unit_value_cents" bigint NOT NULL,
	"quantity_milli" bigint,
	"balance_cents" bigint,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"status" "purchasing_power_status" DEFAULT 'granted' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voucher_power_amount" CHECK (("voucher_purchasing_powers"."kind" = 'units' AND "voucher_purchasing_powers"."quantity_milli" IS NOT NULL) OR ("voucher_purchasing_powers"."kind" = 'balance' AND "voucher_purchasing_powers"."balance_cents" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "voucher_service_prices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"provider_id" uuid,
	"unit_price_cents" bigint NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "voucher_service_team_rights" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"team_name" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voucher_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voucher_settlement_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"settlement_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"event_count" integer NOT NULL,
	"approved_cents" bigint NOT NULL,
	"credit_count" integer NOT NULL,
	"credit_cents" bigint NOT NULL,
	"carried_in_cents" bigint NOT NULL,
	"payable_cents" bigint NOT NULL,
	"carried_out_cents" bigint NOT NULL,
	"paid_on" date,
	"paid_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "voucher_settlements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"period" text NOT NULL,
	"covers_before" date NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"run_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "voucher_bookings" ADD CONSTRAINT "voucher_bookings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_bookings" ADD CONSTRAINT "voucher_bookings_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_bookings" ADD CONSTRAINT "voucher_bookings_client_id_voucher_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."voucher_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_bookings" ADD CONSTRAINT "voucher_bookings_purchasing_power_id_voucher_purchasing_powers_id_fk" FOREIGN KEY ("purchasing_power_id") REFERENCES "public"."voucher_purchasing_powers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_client_numbers" ADD CONSTRAINT "voucher_client_numbers_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_client_numbers" ADD CONSTRAINT "voucher_client_numbers_client_id_voucher_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."voucher_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_clients" ADD CONSTRAINT "voucher_clients_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_credit_reasons" ADD CONSTRAINT "voucher_credit_reasons_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_credits" ADD CONSTRAINT "voucher_credits_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_credits" ADD CONSTRAINT "voucher_credits_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_credits" ADD CONSTRAINT "voucher_credits_event_id_voucher_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."voucher_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_credits" ADD CONSTRAINT "voucher_credits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_credits" ADD CONSTRAINT "voucher_credits_settlement_id_voucher_settlements_id_fk" FOREIGN KEY ("settlement_id") REFERENCES "public"."voucher_settlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_error_reports" ADD CONSTRAINT "voucher_error_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_error_reports" ADD CONSTRAINT "voucher_error_reports_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_error_reports" ADD CONSTRAINT "voucher_error_reports_event_id_voucher_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."voucher_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_error_reports" ADD CONSTRAINT "voucher_error_reports_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_events" ADD CONSTRAINT "voucher_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_events" ADD CONSTRAINT "voucher_events_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_events" ADD CONSTRAINT "voucher_events_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_events" ADD CONSTRAINT "voucher_events_client_id_voucher_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."voucher_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_events" ADD CONSTRAINT "voucher_events_purchasing_power_id_voucher_purchasing_powers_id_fk" FOREIGN KEY ("purchasing_power_id") REFERENCES "public"."voucher_purchasing_powers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_events" ADD CONSTRAINT "voucher_events_service_id_voucher_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."voucher_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_events" ADD CONSTRAINT "voucher_events_booking_id_voucher_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."voucher_bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_events" ADD CONSTRAINT "voucher_events_settlement_id_voucher_settlements_id_fk" FOREIGN KEY ("settlement_id") REFERENCES "public"."voucher_settlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_events" ADD CONSTRAINT "voucher_events_co_payment_invoice_id_invoices_id_fk" FOREIGN KEY ("co_payment_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_organizer_settings" ADD CONSTRAINT "voucher_organizer_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_purchasing_powers" ADD CONSTRAINT "voucher_purchasing_powers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_purchasing_powers" ADD CONSTRAINT "voucher_purchasing_powers_client_id_voucher_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."voucher_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_purchasing_powers" ADD CONSTRAINT "voucher_purchasing_powers_service_id_voucher_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."voucher_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_purchasing_powers" ADD CONSTRAINT "voucher_purchasing_powers_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_service_prices" ADD CONSTRAINT "voucher_service_prices_service_id_voucher_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."voucher_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_service_prices" ADD CONSTRAINT "voucher_service_prices_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_service_team_rights" ADD CONSTRAINT "voucher_service_team_rights_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_service_team_rights" ADD CONSTRAINT "voucher_service_team_rights_client_id_voucher_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."voucher_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_service_team_rights" ADD CONSTRAINT "voucher_service_team_rights_service_id_voucher_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."voucher_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_service_team_rights" ADD CONSTRAINT "voucher_service_team_rights_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_services" ADD CONSTRAINT "voucher_services_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_settlement_lines" ADD CONSTRAINT "voucher_settlement_lines_settlement_id_voucher_settlements_id_fk" FOREIGN KEY ("settlement_id") REFERENCES "public"."voucher_settlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_settlement_lines" ADD CONSTRAINT "voucher_settlement_lines_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_settlements" ADD CONSTRAINT "voucher_settlements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_settlements" ADD CONSTRAINT "voucher_settlements_run_by_users_id_fk" FOREIGN KEY ("run_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "voucher_bookings_provider_client_idx" ON "voucher_bookings" USING btree ("provider_id","client_id","booking_date");--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_client_numbers_number_key" ON "voucher_client_numbers" USING btree ("provider_id","customer_number");--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_clients_hetu_key" ON "voucher_clients" USING btree ("organization_id","hetu_hash");--> statement-breakpoint
CREATE INDEX "voucher_clients_hetu_hash_idx" ON "voucher_clients" USING btree ("hetu_hash");--> statement-breakpoint
CREATE INDEX "voucher_clients_name_trgm_idx" ON "voucher_clients" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "voucher_credits_pending_idx" ON "voucher_credits" USING btree ("organization_id","settlement_id");--> statement-breakpoint
CREATE INDEX "voucher_credits_event_idx" ON "voucher_credits" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "voucher_error_reports_org_idx" ON "voucher_error_reports" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE INDEX "voucher_events_provider_client_idx" ON "voucher_events" USING btree ("provider_id","client_id","event_date");--> statement-breakpoint
CREATE INDEX "voucher_events_org_state_idx" ON "voucher_events" USING btree ("organization_id","state","event_date");--> statement-breakpoint
CREATE INDEX "voucher_events_power_idx" ON "voucher_events" USING btree ("purchasing_power_id","event_date");--> statement-breakpoint
CREATE INDEX "voucher_events_settlement_idx" ON "voucher_events" USING btree ("settlement_id","provider_id");--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_powers_number_key" ON "voucher_purchasing_powers" USING btree ("voucher_number");--> statement-breakpoint
CREATE INDEX "voucher_powers_client_idx" ON "voucher_purchasing_powers" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "voucher_service_prices_service_idx" ON "voucher_service_prices" USING btree ("service_id","valid_from");--> statement-breakpoint
CREATE INDEX "voucher_rights_provider_client_idx" ON "voucher_service_team_rights" USING btree ("provider_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_services_code_key" ON "voucher_services" USING btree ("organization_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_settlement_lines_key" ON "voucher_settlement_lines" USING btree ("settlement_id","provider_id");--> statement-breakpoint
CREATE INDEX "voucher_settlement_lines_provider_idx" ON "voucher_settlement_lines" USING btree ("provider_id");--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_settlements_period_key" ON "voucher_settlements" USING btree ("organization_id","period");