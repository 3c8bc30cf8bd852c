ALTER TABLE "correction_measure" ADD COLUMN "assigned_on" date;--> statement-breakpoint
ALTER TABLE "correction_measure" ADD COLUMN "verified_on" date;--> statement-breakpoint
ALTER TABLE "correction_measure" ADD COLUMN "verified_by" integer;--> statement-breakpoint
ALTER TABLE "correction_measure" ADD COLUMN "verification" text;--> statement-breakpoint
ALTER TABLE "tolerance_review" ADD COLUMN "registered_by" integer;--> statement-breakpoint
ALTER TABLE "tolerance_review" ADD COLUMN "registered_on" date;--> statement-breakpoint
UPDATE "correction_measure" SET "assigned_on" = LEAST(("created_at" AT TIME ZONE 'Asia/Shanghai')::date, COALESCE("closed_on", ("created_at" AT TIME ZONE 'Asia/Shanghai')::date)) WHERE "assigned_on" IS NULL;
