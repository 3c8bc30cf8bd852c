CREATE TABLE "correction_measure" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "correction_measure_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"case_id" integer NOT NULL,
	"review_id" integer,
	"kind" text NOT NULL,
	"requirement" text NOT NULL,
	"responsible_person_id" integer NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"evidence" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "domain_event" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "domain_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"kind" text NOT NULL,
	"subject_person_id" integer,
	"occurred_on" date NOT NULL,
	"source" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "petition" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "petition_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"received_on" date NOT NULL,
	"channel" text NOT NULL,
	"reported_person_id" integer,
	"reported_department_id" integer,
	"allegation" text NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"reporter_name" text,
	"reporter_contact" text,
	"status" text DEFAULT 'received' NOT NULL,
	"checking_since" date,
	"outcome" text,
	"concluded_on" date,
	"conclusion" text,
	"disposition" text,
	"clearance_scope" text,
	"clearance_detail" text,
	"cleared_on" date,
	"referred_on" date,
	"referral_note" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tolerance_followup" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tolerance_followup_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"review_id" integer NOT NULL,
	"on" date NOT NULL,
	"note" text NOT NULL,
	"recorded_by" integer NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "correction_measure" ADD CONSTRAINT "correction_measure_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_measure" ADD CONSTRAINT "correction_measure_case_id_accountability_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."accountability_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_measure" ADD CONSTRAINT "correction_measure_review_id_tolerance_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."tolerance_review"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correction_measure" ADD CONSTRAINT "correction_measure_responsible_person_id_person_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_subject_person_id_person_id_fk" FOREIGN KEY ("subject_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition" ADD CONSTRAINT "petition_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition" ADD CONSTRAINT "petition_reported_person_id_person_id_fk" FOREIGN KEY ("reported_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition" ADD CONSTRAINT "petition_reported_department_id_department_id_fk" FOREIGN KEY ("reported_department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_followup" ADD CONSTRAINT "tolerance_followup_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tolerance_followup" ADD CONSTRAINT "tolerance_followup_review_id_tolerance_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."tolerance_review"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "correction_case" ON "correction_measure" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "correction_inst_status" ON "correction_measure" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "domain_event_kind" ON "domain_event" USING btree ("institution_id","kind");--> statement-breakpoint
CREATE INDEX "petition_inst_status" ON "petition" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "petition_person" ON "petition" USING btree ("reported_person_id");--> statement-breakpoint
CREATE INDEX "followup_review" ON "tolerance_followup" USING btree ("review_id");