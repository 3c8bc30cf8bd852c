CREATE TABLE "appraisal" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appraisal_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"cycle_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"person_id" integer NOT NULL,
	"department_id" integer,
	"grade" text NOT NULL,
	"reason" text,
	"case_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"over_quota" boolean DEFAULT false NOT NULL,
	"quota_reason" text,
	"recorded_on" date NOT NULL,
	"recorded_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appraisal_cycle" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appraisal_cycle_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"duty_report_due" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duty_report" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "duty_report_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"cycle_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"content" text NOT NULL,
	"submitted_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appraisal" ADD CONSTRAINT "appraisal_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal" ADD CONSTRAINT "appraisal_cycle_id_appraisal_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."appraisal_cycle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal" ADD CONSTRAINT "appraisal_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal" ADD CONSTRAINT "appraisal_department_id_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_cycle" ADD CONSTRAINT "appraisal_cycle_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_report" ADD CONSTRAINT "duty_report_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_report" ADD CONSTRAINT "duty_report_cycle_id_appraisal_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."appraisal_cycle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_report" ADD CONSTRAINT "duty_report_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appraisal_person_year" ON "appraisal" USING btree ("institution_id","person_id","year");--> statement-breakpoint
CREATE INDEX "appraisal_cycle_dept" ON "appraisal" USING btree ("cycle_id","department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "acycle_inst_year" ON "appraisal_cycle" USING btree ("institution_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "duty_report_person" ON "duty_report" USING btree ("cycle_id","person_id");