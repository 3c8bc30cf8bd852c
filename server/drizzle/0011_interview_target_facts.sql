CREATE TABLE "interview_target_fact" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interview_target_fact_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"source" text NOT NULL,
	"on" date NOT NULL,
	"detail" text NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interview" ADD COLUMN "lead_if_needed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_target_fact" ADD CONSTRAINT "interview_target_fact_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_target_fact" ADD CONSTRAINT "interview_target_fact_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "itfact_inst_on" ON "interview_target_fact" USING btree ("institution_id","on");