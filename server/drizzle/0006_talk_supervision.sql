CREATE TABLE "talk_supervision_note" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "talk_supervision_note_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"talker_person_id" integer NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"note" text NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "talk_supervision_note" ADD CONSTRAINT "talk_supervision_note_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_supervision_note" ADD CONSTRAINT "talk_supervision_note_talker_person_id_person_id_fk" FOREIGN KEY ("talker_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talk_supervision_inst_year" ON "talk_supervision_note" USING btree ("institution_id","year");