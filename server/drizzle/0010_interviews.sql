CREATE TABLE "interview" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interview_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"plan_id" integer,
	"kind" text NOT NULL,
	"form" text NOT NULL,
	"group_reason" text,
	"topic" text NOT NULL,
	"lead_person_id" integer NOT NULL,
	"lead_rule" text,
	"lead_article" text,
	"lead_reason" text,
	"organizer_kind" text NOT NULL,
	"organizer_department_id" integer,
	"office_supports" boolean DEFAULT false NOT NULL,
	"recorder_person_id" integer,
	"scheduled_on" date NOT NULL,
	"place" text NOT NULL,
	"outline" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"held_on" date,
	"record" text,
	"closed_on" date,
	"cancel_reason" text,
	"violation_confirmed" boolean,
	"handling_proposal" text,
	"handling_status" text,
	"handling_decided_on" date,
	"handling_meeting_ref" text,
	"case_id" integer,
	"source" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_plan" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interview_plan_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"kind" text NOT NULL,
	"year" smallint NOT NULL,
	"quarter" smallint,
	"department_id" integer,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_on" date,
	"approved_on" date,
	"meeting_ref" text,
	"approved_by" integer,
	"return_reason" text,
	"filed_on" date,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_statistics" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interview_statistics_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"quarter" smallint NOT NULL,
	"reported_on" date NOT NULL,
	"figures" jsonb NOT NULL,
	"note" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_target" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interview_target_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"interview_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"department_id" integer,
	"reason" text,
	"material" text NOT NULL,
	"material_text" text,
	"material_file_id" integer,
	"material_on" date,
	"waived_reason" text,
	"waived_by" integer
);
--> statement-breakpoint
CREATE TABLE "written_inquiry" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "written_inquiry_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"plan_id" integer,
	"target_person_id" integer NOT NULL,
	"department_id" integer,
	"matter" text NOT NULL,
	"questions" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"sent_on" date,
	"reply_due" date,
	"reply_due_provisional" boolean DEFAULT false NOT NULL,
	"reply_on" date,
	"reply" text,
	"assessment" text,
	"assessed_on" date,
	"assessment_note" text,
	"source" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interview" ADD CONSTRAINT "interview_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview" ADD CONSTRAINT "interview_plan_id_interview_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."interview_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview" ADD CONSTRAINT "interview_lead_person_id_person_id_fk" FOREIGN KEY ("lead_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview" ADD CONSTRAINT "interview_organizer_department_id_department_id_fk" FOREIGN KEY ("organizer_department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview" ADD CONSTRAINT "interview_recorder_person_id_person_id_fk" FOREIGN KEY ("recorder_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview" ADD CONSTRAINT "interview_case_id_accountability_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."accountability_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_plan" ADD CONSTRAINT "interview_plan_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_plan" ADD CONSTRAINT "interview_plan_department_id_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_statistics" ADD CONSTRAINT "interview_statistics_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_statistics" ADD CONSTRAINT "interview_statistics_department_id_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_target" ADD CONSTRAINT "interview_target_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_target" ADD CONSTRAINT "interview_target_interview_id_interview_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interview"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_target" ADD CONSTRAINT "interview_target_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_target" ADD CONSTRAINT "interview_target_department_id_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "written_inquiry" ADD CONSTRAINT "written_inquiry_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "written_inquiry" ADD CONSTRAINT "written_inquiry_plan_id_interview_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."interview_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "written_inquiry" ADD CONSTRAINT "written_inquiry_target_person_id_person_id_fk" FOREIGN KEY ("target_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "written_inquiry" ADD CONSTRAINT "written_inquiry_department_id_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_inst_status" ON "interview" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "interview_by_plan" ON "interview" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "interview_lead" ON "interview" USING btree ("lead_person_id");--> statement-breakpoint
CREATE INDEX "iplan_inst_year" ON "interview_plan" USING btree ("institution_id","year");--> statement-breakpoint
CREATE INDEX "iplan_dept" ON "interview_plan" USING btree ("department_id","year","quarter");--> statement-breakpoint
CREATE UNIQUE INDEX "istat_dept_quarter" ON "interview_statistics" USING btree ("department_id","year","quarter");--> statement-breakpoint
CREATE INDEX "itarget_interview" ON "interview_target" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "itarget_person" ON "interview_target" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "itarget_unique" ON "interview_target" USING btree ("interview_id","person_id");--> statement-breakpoint
CREATE INDEX "winquiry_inst_status" ON "written_inquiry" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "winquiry_target" ON "written_inquiry" USING btree ("target_person_id");