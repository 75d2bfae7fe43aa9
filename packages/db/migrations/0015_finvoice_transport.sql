ALTER TABLE "dispatches" ADD COLUMN "operator_message_id" text;--> statement-breakpoint
ALTER TABLE "dispatches" ADD COLUMN "operator_received_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dispatches" ADD COLUMN "operator_response" text;