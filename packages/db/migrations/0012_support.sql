CREATE TYPE "public"."call_direction" AS ENUM('inbound', 'outbound');--> statement-breakpoint
CREATE TYPE "public"."callback_status" AS ENUM('due', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."inbound_mail_status" AS ENUM('received', 'ticketed', 'quarantined');--> statement-breakpoint
CREATE TYPE "public"."suggestion_status" AS ENUM('new', 'under_review', 'planned', 'done', 'declined');--> statement-breakpoint
CREATE TYPE "public"."third_party_kind" AS ENUM('einvoice_operator', 'bank', 'print_service', 'authority', 'other');--> statement-breakpoint
CREATE TYPE "public"."ticket_category" AS ENUM('invoices', 'vouchers', 'reminders', 'accounts', 'technical');--> statement-breakpoint
CREATE TYPE "public"."ticket_channel" AS ENUM('web', 'email', 'phone', 'voucher_report', 'agent');--> statement-breakpoint
CREATE TYPE "public"."ticket_message_kind" AS ENUM('customer', 'reply', 'note', 'forward', 'system');--> statement-breakpoint
CREATE TYPE "public"."ticket_priority" AS ENUM('low', 'normal', 'high', 'urgent');--> statement-breakpoint
CREATE TYPE "public"."ticket_status" AS ENUM('new', 'open', 'waiting_customer', 'waiting_third_party', 'resolved', 'closed');--> statement-breakpoint
CREATE SEQUENCE "public"."support_ticket_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100001 CACHE 1;--> statement-breakpoint
CREATE TABLE "support_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid,
	"message_id" uuid,
	"suggestion_id" uuid,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_attachments_owner" CHECK ("support_attachments"."ticket_id" IS NOT NULL OR "support_attachments"."suggestion_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "support_callbacks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"line_id" uuid NOT NULL,
	"ticket_id" uuid,
	"phone_number" text NOT NULL,
	"contact_name" text,
	"promised_at" timestamp with time zone NOT NULL,
	"status" "callback_status" DEFAULT 'due' NOT NULL,
	"assignee_user_id" uuid,
	"created_by" uuid,
	"done_at" timestamp with time zone,
	"late_notified_at" timestamp with time zone,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"line_id" uuid NOT NULL,
	"ticket_id" uuid,
	"direction" "call_direction" DEFAULT 'inbound' NOT NULL,
	"caller_number" text,
	"called_number" text,
	"caller_user_id" uuid,
	"caller_organization_id" uuid,
	"agent_user_id" uuid,
	"external_call_id" text,
	"started_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"duration_seconds" integer,
	"summary" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_inbound_mails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_key" text NOT NULL,
	"mailbox_address" text NOT NULL,
	"from_address" text,
	"subject" text,
	"size_bytes" integer NOT NULL,
	"raw" "bytea" NOT NULL,
	"status" "inbound_mail_status" DEFAULT 'received' NOT NULL,
	"reason" text,
	"ticket_id" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"processed_at" timestamp with time zone,
	CONSTRAINT "support_inbound_mails_message_key_unique" UNIQUE("message_key")
);
--> statement-breakpoint
CREATE TABLE "support_line_members" (
	"line_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "support_line_members_line_id_user_id_pk" PRIMARY KEY("line_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "support_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_fi" text NOT NULL,
	"name_en" text NOT NULL,
	"phone_number" text,
	"open_minute" integer NOT NULL,
	"close_minute" integer NOT NULL,
	"default_category" "ticket_category",
	"cti_secret_hash" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_lines_code_unique" UNIQUE("code"),
	CONSTRAINT "support_lines_phone_number_unique" UNIQUE("phone_number")
);
--> statement-breakpoint
CREATE TABLE "support_mailboxes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"address" text NOT NULL,
	"line_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_mailboxes_address_unique" UNIQUE("address")
);
--> statement-breakpoint
CREATE TABLE "support_saved_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"line_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_suggestion_votes" (
	"suggestion_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_suggestion_votes_suggestion_id_user_id_pk" PRIMARY KEY("suggestion_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "support_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigint DEFAULT nextval('support_ticket_number_seq') NOT NULL,
	"organization_id" uuid,
	"submitted_by" uuid NOT NULL,
	"on_behalf_of_user_id" uuid,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"benefit" text NOT NULL,
	"current_difficulty" text NOT NULL,
	"category" "ticket_category" NOT NULL,
	"status" "suggestion_status" DEFAULT 'new' NOT NULL,
	"review_month" text NOT NULL,
	"merged_into_suggestion_id" uuid,
	"decision_note" text,
	"vote_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_suggestions_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "support_third_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "third_party_kind" NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"instructions_fi" text DEFAULT '' NOT NULL,
	"instructions_en" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_third_party_topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"third_party_id" uuid NOT NULL,
	"title_fi" text NOT NULL,
	"title_en" text NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"category" "ticket_category",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_ticket_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"status" "ticket_status",
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "support_ticket_identifiers" (
	"ticket_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "support_ticket_identifiers_ticket_id_kind_value_pk" PRIMARY KEY("ticket_id","kind","value")
);
--> statement-breakpoint
CREATE TABLE "support_ticket_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"kind" "ticket_message_kind" NOT NULL,
	"author_user_id" uuid,
	"author_email" text,
	"body" text NOT NULL,
	"mail_message_id" text,
	"outgoing_mail_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_ticket_messages_mail_message_id_unique" UNIQUE("mail_message_id")
);
--> statement-breakpoint
CREATE TABLE "support_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigint DEFAULT nextval('support_ticket_number_seq') NOT NULL,
	"organization_id" uuid,
	"requester_user_id" uuid,
	"requester_email" text,
	"requester_name" text,
	"channel" "ticket_channel" NOT NULL,
	"subject" text NOT NULL,
	"description" text NOT NULL,
	"category" "ticket_category" NOT NULL,
	"priority" "ticket_priority" DEFAULT 'normal' NOT NULL,
	"status" "ticket_status" DEFAULT 'new' NOT NULL,
	"line_id" uuid NOT NULL,
	"assignee_user_id" uuid,
	"third_party_id" uuid,
	"merged_into_ticket_id" uuid,
	"voucher_error_report_id" uuid,
	"sent_without_identifier" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_response_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"first_response_breached_at" timestamp with time zone,
	"resolution_breached_at" timestamp with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('finnish', coalesce("support_tickets"."subject", '')), 'A') || to_tsvector('finnish', coalesce("support_tickets"."description", ''))) STORED,
	CONSTRAINT "support_tickets_number_unique" UNIQUE("number"),
	CONSTRAINT "support_tickets_voucher_error_report_id_unique" UNIQUE("voucher_error_report_id")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "outgoing_mails" ADD COLUMN "from_address" text;--> statement-breakpoint
ALTER TABLE "outgoing_mails" ADD COLUMN "reply_to" text;--> statement-breakpoint
ALTER TABLE "outgoing_mails" ADD COLUMN "in_reply_to" text;--> statement-breakpoint
ALTER TABLE "outgoing_mails" ADD COLUMN "references" text;--> statement-breakpoint
ALTER TABLE "outgoing_mails" ADD COLUMN "attachment_ids" uuid[];--> statement-breakpoint
ALTER TABLE "support_attachments" ADD CONSTRAINT "support_attachments_ticket_id_support_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."support_tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_attachments" ADD CONSTRAINT "support_attachments_message_id_support_ticket_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."support_ticket_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_attachments" ADD CONSTRAINT "support_attachments_suggestion_id_support_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."support_suggestions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_attachments" ADD CONSTRAINT "support_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_callbacks" ADD CONSTRAINT "support_callbacks_line_id_support_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."support_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_callbacks" ADD CONSTRAINT "support_callbacks_ticket_id_support_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."support_tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_callbacks" ADD CONSTRAINT "support_callbacks_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_callbacks" ADD CONSTRAINT "support_callbacks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_calls" ADD CONSTRAINT "support_calls_line_id_support_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."support_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_calls" ADD CONSTRAINT "support_calls_ticket_id_support_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."support_tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_calls" ADD CONSTRAINT "support_calls_caller_user_id_users_id_fk" FOREIGN KEY ("caller_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_calls" ADD CONSTRAINT "support_calls_caller_organization_id_organizations_id_fk" FOREIGN KEY ("caller_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_calls" ADD CONSTRAINT "support_calls_agent_user_id_users_id_fk" FOREIGN KEY ("agent_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_inbound_mails" ADD CONSTRAINT "support_inbound_mails_ticket_id_support_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."support_tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_line_members" ADD CONSTRAINT "support_line_members_line_id_support_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."support_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_line_members" ADD CONSTRAINT "support_line_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_mailboxes" ADD CONSTRAINT "support_mailboxes_line_id_support_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."support_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_saved_replies" ADD CONSTRAINT "support_saved_replies_line_id_support_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."support_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_saved_replies" ADD CONSTRAINT "support_saved_replies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_suggestion_votes" ADD CONSTRAINT "support_suggestion_votes_suggestion_id_support_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."support_suggestions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_suggestion_votes" ADD CONSTRAINT "support_suggestion_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_suggestions" ADD CONSTRAINT "support_suggestions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_suggestions" ADD CONSTRAINT "support_suggestions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_suggestions" ADD CONSTRAINT "support_suggestions_on_behalf_of_user_id_users_id_fk" FOREIGN KEY ("on_behalf_of_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_third_party_topics" ADD CONSTRAINT "support_third_party_topics_third_party_id_support_third_parties_id_fk" FOREIGN KEY ("third_party_id") REFERENCES "public"."support_third_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_ticket_events" ADD CONSTRAINT "support_ticket_events_ticket_id_support_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."support_tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_ticket_events" ADD CONSTRAINT "support_ticket_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_ticket_identifiers" ADD CONSTRAINT "support_ticket_identifiers_ticket_id_support_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."support_tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_ticket_messages" ADD CONSTRAINT "support_ticket_messages_ticket_id_support_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."support_tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_ticket_messages" ADD CONSTRAINT "support_ticket_messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_requester_user_id_users_id_fk" FOREIGN KEY ("requester_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_line_id_support_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."support_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_third_party_id_support_third_parties_id_fk" FOREIGN KEY ("third_party_id") REFERENCES "public"."support_third_parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_voucher_error_report_id_voucher_error_reports_id_fk" FOREIGN KEY ("voucher_error_report_id") REFERENCES "public"."voucher_error_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "support_attachments_ticket_idx" ON "support_attachments" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "support_attachments_suggestion_idx" ON "support_attachments" USING btree ("suggestion_id");--> statement-breakpoint
CREATE INDEX "support_callbacks_due_idx" ON "support_callbacks" USING btree ("status","promised_at");--> statement-breakpoint
CREATE UNIQUE INDEX "support_calls_external_key" ON "support_calls" USING btree ("line_id","external_call_id");--> statement-breakpoint
CREATE INDEX "support_calls_started_idx" ON "support_calls" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "support_calls_ticket_idx" ON "support_calls" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "support_inbound_mails_status_idx" ON "support_inbound_mails" USING btree ("status","received_at");--> statement-breakpoint
CREATE INDEX "support_suggestions_board_idx" ON "support_suggestions" USING btree ("review_month","status");--> statement-breakpoint
CREATE INDEX "support_third_party_topics_party_idx" ON "support_third_party_topics" USING btree ("third_party_id");--> statement-breakpoint
CREATE INDEX "support_ticket_events_ticket_idx" ON "support_ticket_events" USING btree ("ticket_id","at");--> statement-breakpoint
CREATE INDEX "support_ticket_identifiers_value_idx" ON "support_ticket_identifiers" USING btree ("value");--> statement-breakpoint
CREATE INDEX "support_ticket_messages_ticket_idx" ON "support_ticket_messages" USING btree ("ticket_id","created_at");--> statement-breakpoint
CREATE INDEX "support_tickets_org_idx" ON "support_tickets" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "support_tickets_requester_idx" ON "support_tickets" USING btree ("requester_user_id","created_at");--> statement-breakpoint
CREATE INDEX "support_tickets_queue_idx" ON "support_tickets" USING btree ("line_id","status","created_at");--> statement-breakpoint
CREATE INDEX "support_tickets_assignee_idx" ON "support_tickets" USING btree ("assignee_user_id","status");--> statement-breakpoint
CREATE INDEX "support_tickets_search_idx" ON "support_tickets" USING gin ("search");--> statement-breakpoint
CREATE INDEX "support_tickets_subject_trgm_idx" ON "support_tickets" USING gin ("subject" gin_trgm_ops);--> statement-breakpoint
-- Every ticket needs a queue: the two lines of DESIGN.md §4 exist from the start; an operator sets their numbers.
INSERT INTO "support_lines" ("code", "name_fi", "name_en", "open_minute", "close_minute", "default_category") VALUES
  ('software', 'Ohjelmistotuki', 'Software support', 480, 960, 'technical'),
  ('invoices', 'Laskutuksen asiakaspalvelu', 'Invoicing customer service', 600, 900, 'invoices')
ON CONFLICT ("code") DO NOTHING;
