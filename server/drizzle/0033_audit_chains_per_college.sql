-- More than one audit chain per college (issue 27, round seven): every command of a college appended to the college's
-- one head and bumped the college's row (its facts version), so a college's writers took turns (620–1,021
-- command-ending transactions a second from 16 writers of one college on a 2-core machine; 1,821–1,957 with four
-- chains). A college may now have several chains (stripe 0, 1, …); the writer takes another only while this process
-- is appending to the ones before. Existing heads become stripe 0 and verify exactly as before. A command's
-- facts-version bump moves onto the head it locks anyway (facts_changes); the facts version is the institution's own
-- counter plus its chains' facts_changes (core/db/facts-version.ts), both starting where they were.
DROP INDEX "audit_chain_institution";--> statement-breakpoint
ALTER TABLE "audit_chain" ADD COLUMN "stripe" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_chain" ADD COLUMN "facts_changes" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_chain_institution" ON "audit_chain" USING btree ("institution_id","stripe");--> statement-breakpoint
ALTER TABLE "audit_chain" ADD CONSTRAINT "audit_chain_stripe" CHECK ("audit_chain"."stripe" >= 0 AND ("audit_chain"."institution_id" IS NOT NULL OR "audit_chain"."stripe" = 0));