CREATE TABLE "voucher_visible_clients" (
	"provider_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"name" text NOT NULL,
	"visible_until" date NOT NULL,
	CONSTRAINT "voucher_visible_clients_provider_id_client_id_pk" PRIMARY KEY("provider_id","client_id")
);
--> statement-breakpoint
ALTER TABLE "voucher_visible_clients" ADD CONSTRAINT "voucher_visible_clients_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher_visible_clients" ADD CONSTRAINT "voucher_visible_clients_client_id_voucher_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."voucher_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "voucher_visible_clients_client_idx" ON "voucher_visible_clients" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "voucher_visible_clients_name_trgm_idx" ON "voucher_visible_clients" USING gin ("provider_id","name" gin_trgm_ops);