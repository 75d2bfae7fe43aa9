CREATE TYPE "public"."customer_language" AS ENUM('fi', 'sv', 'en');--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "language" "customer_language" DEFAULT 'fi' NOT NULL;--> statement-breakpoint
ALTER TABLE "dispatches" ADD COLUMN "failure_reason" text;--> statement-breakpoint
ALTER TABLE "dispatches" ADD COLUMN "failure_detail" text;