CREATE TABLE "talk" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "talk_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"kind" text NOT NULL,
	"form" text NOT NULL,
	"status" text NOT NULL,
	"talk_date" date NOT NULL,
	"talk_time" text,
	"place" text,
	"key_points" text,
	"preparation_notes" text,
	"occasion" text,
	"follow_ups" text,
	"recorder_person_id" integer,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talk_assignment" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "talk_assignment_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"talker_person_id" integer NOT NULL,
	"subject_person_id" integer NOT NULL,
	"year" integer NOT NULL,
	"reason" text NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talk_participant" (
	"talk_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"role" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "talk" ADD CONSTRAINT "talk_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk" ADD CONSTRAINT "talk_recorder_person_id_person_id_fk" FOREIGN KEY ("recorder_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_assignment" ADD CONSTRAINT "talk_assignment_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_assignment" ADD CONSTRAINT "talk_assignment_talker_person_id_person_id_fk" FOREIGN KEY ("talker_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_assignment" ADD CONSTRAINT "talk_assignment_subject_person_id_person_id_fk" FOREIGN KEY ("subject_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_participant" ADD CONSTRAINT "talk_participant_talk_id_talk_id_fk" FOREIGN KEY ("talk_id") REFERENCES "public"."talk"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk_participant" ADD CONSTRAINT "talk_participant_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talk_inst_date" ON "talk" USING btree ("institution_id","talk_date");--> statement-breakpoint
CREATE UNIQUE INDEX "talk_assignment_subject_year" ON "talk_assignment" USING btree ("institution_id","subject_person_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "talk_participant_pk" ON "talk_participant" USING btree ("talk_id","person_id","role");--> statement-breakpoint
CREATE INDEX "talk_participant_person" ON "talk_participant" USING btree ("person_id");