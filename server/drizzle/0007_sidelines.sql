CREATE TABLE "outside_org" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outside_org_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"uscc" text,
	"registered_with" text,
	"related_field" boolean NOT NULL,
	"college_investment" text DEFAULT 'none' NOT NULL,
	"co_founded" boolean DEFAULT false NOT NULL,
	"foreign_background" boolean DEFAULT false NOT NULL,
	"hostile_background" boolean DEFAULT false NOT NULL,
	"remuneration_offered" boolean DEFAULT false NOT NULL,
	"note" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sideline" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sideline_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"application_id" integer,
	"post_title" text NOT NULL,
	"association_leadership_post" boolean DEFAULT false NOT NULL,
	"legal_representative" boolean DEFAULT false NOT NULL,
	"has_terms" boolean NOT NULL,
	"term_number" integer DEFAULT 1 NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"first_held_since" date NOT NULL,
	"approved_rank" text NOT NULL,
	"justification" text,
	"registered_at" date NOT NULL,
	"registration_no" text,
	"status" text DEFAULT 'active' NOT NULL,
	"end_kind" text,
	"ended_on" date,
	"end_report" text,
	"end_reported_at" date,
	"end_registered_at" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sideline_application" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sideline_application_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"applicant_person_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"post_title" text NOT NULL,
	"association_leadership_post" boolean DEFAULT false NOT NULL,
	"legal_representative" boolean DEFAULT false NOT NULL,
	"will_receive_pay" boolean DEFAULT false NOT NULL,
	"has_terms" boolean NOT NULL,
	"term_years" integer,
	"term_number" integer DEFAULT 1 NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"first_held_since" date,
	"continues_sideline_id" integer,
	"reason" text NOT NULL,
	"justification" text,
	"committed_at" timestamp with time zone,
	"status" text DEFAULT 'draft' NOT NULL,
	"rank" text,
	"department_id" integer,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"current_step" integer DEFAULT 0 NOT NULL,
	"step_since" date,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sideline_decision" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sideline_decision_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"application_id" integer NOT NULL,
	"step_index" integer NOT NULL,
	"step_kind" text NOT NULL,
	"decision" text NOT NULL,
	"account_id" integer NOT NULL,
	"actor_name" text NOT NULL,
	"reason" text,
	"reference" text,
	"meeting_date" date,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sideline_file" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sideline_file_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" integer NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" integer NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sideline_pay" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sideline_pay_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"sideline_id" integer NOT NULL,
	"amount" numeric(12, 2) NOT NULL,
	"received_date" date NOT NULL,
	"description" text NOT NULL,
	"turned_over_date" date,
	"receipt_no" text,
	"confirmed_by" integer,
	"confirmed_at" date,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sideline_report" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sideline_report_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"sideline_id" integer NOT NULL,
	"year" integer NOT NULL,
	"role_performed" text NOT NULL,
	"pay_received" boolean NOT NULL,
	"expenses" text NOT NULL,
	"submitted_by" integer NOT NULL,
	"submitted_at" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outside_org" ADD CONSTRAINT "outside_org_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline" ADD CONSTRAINT "sideline_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline" ADD CONSTRAINT "sideline_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline" ADD CONSTRAINT "sideline_org_id_outside_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."outside_org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline" ADD CONSTRAINT "sideline_application_id_sideline_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."sideline_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline_application" ADD CONSTRAINT "sideline_application_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline_application" ADD CONSTRAINT "sideline_application_applicant_person_id_person_id_fk" FOREIGN KEY ("applicant_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline_application" ADD CONSTRAINT "sideline_application_org_id_outside_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."outside_org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline_application" ADD CONSTRAINT "sideline_application_department_id_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline_decision" ADD CONSTRAINT "sideline_decision_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline_decision" ADD CONSTRAINT "sideline_decision_application_id_sideline_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."sideline_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline_file" ADD CONSTRAINT "sideline_file_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline_pay" ADD CONSTRAINT "sideline_pay_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline_pay" ADD CONSTRAINT "sideline_pay_sideline_id_sideline_id_fk" FOREIGN KEY ("sideline_id") REFERENCES "public"."sideline"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline_report" ADD CONSTRAINT "sideline_report_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sideline_report" ADD CONSTRAINT "sideline_report_sideline_id_sideline_id_fk" FOREIGN KEY ("sideline_id") REFERENCES "public"."sideline"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outside_org_inst_name" ON "outside_org" USING btree ("institution_id","name");--> statement-breakpoint
CREATE INDEX "sideline_inst_status" ON "sideline" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "sideline_person" ON "sideline" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "sideline_app_inst_status" ON "sideline_application" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "sideline_app_applicant" ON "sideline_application" USING btree ("applicant_person_id");--> statement-breakpoint
CREATE INDEX "sideline_decision_app" ON "sideline_decision" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "sideline_file_owner" ON "sideline_file" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "sideline_pay_sideline" ON "sideline_pay" USING btree ("sideline_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sideline_report_year" ON "sideline_report" USING btree ("sideline_id","year");