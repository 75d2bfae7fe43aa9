ALTER TABLE "reminder_rules" ADD COLUMN "claim_compensation" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "reminders" ADD COLUMN "compensation_cents" bigint DEFAULT 0 NOT NULL;