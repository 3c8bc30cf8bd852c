CREATE TABLE "accountability_case" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "accountability_case_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_person_id" integer,
	"subject_department_id" integer,
	"accountable_department_id" integer NOT NULL,
	"matter" text NOT NULL,
	"started_on" date NOT NULL,
	"stage" text DEFAULT 'started' NOT NULL,
	"investigating_since" date,
	"handling" text,
	"carried_out_on" date,
	"closed_on" date,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tolerance_review" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tolerance_review_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"case_id" integer NOT NULL,
	"origin" text NOT NULL,
	"strategy" text NOT NULL,
	"applicant_person_id" integer,
	"grounds" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"facts" text,
	"no_private_gain_pledge" boolean DEFAULT false NOT NULL,
	"filed_on" date NOT NULL,
	"status" text NOT NULL,
	"accepted_on" date,
	"refused_on" date,
	"refusal_reason" text,
	"refusal_article" text,
	"team" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"experts" text,
	"hearing_on" date,
	"hearing_summary" text,
	"report_on" date,
	"report" text,
	"factors" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"private_gain_found" boolean,
	"proposed_on" date,
	"proposed_outcome" text,
	"proposal" text,
	"outcome" text,
	"decided_on" date,
	"meeting_ref" text,
	"explanation" text,
	"mitigation_note" text,
	"impact_until" date,
	"first_deferred_on" date,
	"defer_until" date,
	"protections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"protection_citation" text,
	"feedback_on" date,
	"feedback_method" text,
	"published_on" date,
	"publication_scope" text,
	"publication_method" text,
	"record_filed_on" date,
	"closed_on" date,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tolerance_step" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tolerance_step_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"review_id" integer NOT NULL,
	"action" text NOT NULL,
	"on" date NOT NULL,
	"account_id" integer NOT NULL,
	"actor_name" text NOT NULL,
	"summary" text,
	"article" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accountability_case" ADD CONSTRAINT "accountability_case_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_case" ADD CONSTRAINT "accountability_case_subject_person_id_person_id_fk" FOREIGN KEY ("subject_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_case" ADD CONSTRAINT "accountability_case_subject_department_id_department_id_fk" FOREIGN KEY ("subject_department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_case" ADD CONSTRAINT "accountability_case_accountable_department_id_department_id_fk" FOREIGN KEY ("accountable_department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_review" ADD CONSTRAINT "tolerance_review_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_review" ADD CONSTRAINT "tolerance_review_case_id_accountability_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."accountability_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_review" ADD CONSTRAINT "tolerance_review_applicant_person_id_person_id_fk" FOREIGN KEY ("applicant_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_step" ADD CONSTRAINT "tolerance_step_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_step" ADD CONSTRAINT "tolerance_step_review_id_tolerance_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."tolerance_review"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "acase_inst_stage" ON "accountability_case" USING btree ("institution_id","stage");--> statement-breakpoint
CREATE INDEX "acase_subject" ON "accountability_case" USING btree ("subject_person_id");--> statement-breakpoint
CREATE INDEX "treview_inst_status" ON "tolerance_review" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "treview_case" ON "tolerance_review" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "treview_applicant" ON "tolerance_review" USING btree ("applicant_person_id");--> statement-breakpoint
CREATE INDEX "tstep_review" ON "tolerance_step" USING btree ("review_id");