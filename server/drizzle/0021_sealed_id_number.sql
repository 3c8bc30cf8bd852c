CREATE TABLE "field_seal_state" (
	"id" smallint PRIMARY KEY NOT NULL,
	"key_version" integer NOT NULL,
	"columns" text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "person_inst_id_number";--> statement-breakpoint
-- Existing rows get a placeholder index that is replaced, with the ID number encrypted, by the reseal that runs right
-- after the migrations when the database is opened (db/field-reseal.ts); it keeps the numbers unique meanwhile.
ALTER TABLE "person" ADD COLUMN "id_number_index" text;--> statement-breakpoint
UPDATE "person" SET "id_number_index" = 'plain:' || "id_number";--> statement-breakpoint
ALTER TABLE "person" ALTER COLUMN "id_number_index" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "person_inst_id_number_index" ON "person" USING btree ("institution_id","id_number_index");
