ALTER TABLE "account" ADD COLUMN "totp_secret" text;--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "totp_pending" text;--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "totp_last_step" integer;