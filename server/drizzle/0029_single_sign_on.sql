CREATE TABLE "sso_attempt" (
	"id" text PRIMARY KEY NOT NULL,
	"protocol" text NOT NULL,
	"state" text NOT NULL,
	"nonce" text,
	"code_verifier" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "institution" ADD COLUMN "local_password_sign_in" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "sso_linked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "sso_protocol" text;--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "sso_session_index" text;--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "sso_id_token" text;--> statement-breakpoint
CREATE INDEX "session_sso_index" ON "session" USING btree ("sso_session_index");