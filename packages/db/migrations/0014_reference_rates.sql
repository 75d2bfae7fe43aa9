CREATE TYPE "public"."reminder_missing_rate_policy" AS ENUM('hold', 'send_flagged');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'platform_admin';--> statement-breakpoint
CREATE TABLE "reference_rates" (
	"year" integer NOT NULL,
	"half" integer NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"rate_bp" integer NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "reference_rates_year_half_pk" PRIMARY KEY("year","half"),
	CONSTRAINT "reference_rates_half" CHECK ("reference_rates"."half" IN (1, 2)),
	CONSTRAINT "reference_rates_rate_range" CHECK ("reference_rates"."rate_bp" BETWEEN 0 AND 2000)
);
--> statement-breakpoint
ALTER TABLE "reminder_settings" ADD COLUMN "on_missing_rate" "reminder_missing_rate_policy" DEFAULT 'hold' NOT NULL;--> statement-breakpoint
ALTER TABLE "reminders" ADD COLUMN "interest_periods" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "reminders" ADD COLUMN "interest_missing" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "reference_rates" ADD CONSTRAINT "reference_rates_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The known half-years (Interest Act 12 §); from here on a platform administrator keeps them.
INSERT INTO "reference_rates" ("year", "half", "from_date", "to_date", "rate_bp", "source") VALUES
(2019, 1, '2019-01-01', '2019-06-30', 0, 'https://reports.suomenpankki.fi/WebForms/ReportViewerPage.aspx?report=%2Ftilastot%2Fmarkkina-_ja_hallinnolliset_korot%2Fviitekorko_en'),
(2019, 2, '2019-07-01', '2019-12-31', 0, 'https://reports.suomenpankki.fi/WebForms/ReportViewerPage.aspx?report=%2Ftilastot%2Fmarkkina-_ja_hallinnolliset_korot%2Fviitekorko_en'),
(2020, 1, '2020-01-01', '2020-06-30', 0, 'https://reports.suomenpankki.fi/WebForms/ReportViewerPage.aspx?report=%2Ftilastot%2Fmarkkina-_ja_hallinnolliset_korot%2Fviitekorko_en'),
(2020, 2, '2020-07-01', '2020-12-31', 0, 'https://reports.suomenpankki.fi/WebForms/ReportViewerPage.aspx?report=%2Ftilastot%2Fmarkkina-_ja_hallinnolliset_korot%2Fviitekorko_en'),
(2021, 1, '2021-01-01', '2021-06-30', 0, 'https://reports.suomenpankki.fi/WebForms/ReportViewerPage.aspx?report=%2Ftilastot%2Fmarkkina-_ja_hallinnolliset_korot%2Fviitekorko_en'),
(2021, 2, '2021-07-01', '2021-12-31', 0, 'https://reports.suomenpankki.fi/WebForms/ReportViewerPage.aspx?report=%2Ftilastot%2Fmarkkina-_ja_hallinnolliset_korot%2Fviitekorko_en'),
(2022, 1, '2022-01-01', '2022-06-30', 0, 'https://reports.suomenpankki.fi/WebForms/ReportViewerPage.aspx?report=%2Ftilastot%2Fmarkkina-_ja_hallinnolliset_korot%2Fviitekorko_en'),
(2022, 2, '2022-07-01', '2022-12-31', 0, 'https://reports.suomenpankki.fi/WebForms/ReportViewerPage.aspx?report=%2Ftilastot%2Fmarkkina-_ja_hallinnolliset_korot%2Fviitekorko_en'),
(2023, 1, '2023-01-01', '2023-06-30', 250, 'https://finlex.fi/en/legislation/2022/1276'),
(2023, 2, '2023-07-01', '2023-12-31', 400, 'https://reports.suomenpankki.fi/WebForms/ReportViewerPage.aspx?report=%2Ftilastot%2Fmarkkina-_ja_hallinnolliset_korot%2Fviitekorko_en'),
(2024, 1, '2024-01-01', '2024-06-30', 450, 'https://y-lehti.fi/korkolain-mukainen-viitekorko-ja-viivastyskorot-1-1-30-6-2024'),
(2024, 2, '2024-07-01', '2024-12-31', 450, 'https://reports.suomenpankki.fi/WebForms/ReportViewerPage.aspx?report=%2Ftilastot%2Fmarkkina-_ja_hallinnolliset_korot%2Fviitekorko_en'),
(2025, 1, '2025-01-01', '2025-06-30', 350, 'https://www.sttinfo.fi/tiedote/70785866/reference-rate-and-penalty-interest-rates-for-1-january-30-june-2025?lang=en&publisherId=1865'),
(2025, 2, '2025-07-01', '2025-12-31', 250, 'Interest Act 12 §: ECB main refinancing rate 2,15 % (from 11.6.2025) rounded up to 2,5 % (issue 12); https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html'),
(2026, 1, '2026-01-01', '2026-06-30', 250, 'https://www.sttinfo.fi/tiedote/71709487/korkolain-mukainen-viitekorko-ja-viivastyskorot-11-3062026?lang=fi'),
(2026, 2, '2026-07-01', '2026-12-31', 250, 'Interest Act 12 §: ECB main refinancing rate 2,15 % before 1.7.2026 rounded up to 2,5 % (not yet checked against Suomen Pankki''s notice); https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html')
ON CONFLICT DO NOTHING;
