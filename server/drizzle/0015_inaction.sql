CREATE TABLE "inaction_case" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inaction_case_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"signal" text NOT NULL,
	"signal_detail" text NOT NULL,
	"signaled_on" date NOT NULL,
	"status" text DEFAULT 'signaled' NOT NULL,
	"requirements" text,
	"deadline" date,
	"proposed_adjustment" text,
	"proposed_on" date,
	"decision" text,
	"decided_on" date,
	"meeting_ref" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inaction_step" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inaction_step_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"case_id" integer NOT NULL,
	"action" text NOT NULL,
	"on" date NOT NULL,
	"note" text NOT NULL,
	"actor_name" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inaction_case" ADD CONSTRAINT "inaction_case_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inaction_case" ADD CONSTRAINT "inaction_case_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inaction_step" ADD CONSTRAINT "inaction_step_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inaction_step" ADD CONSTRAINT "inaction_step_case_id_inaction_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inaction_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inaction_inst_status" ON "inaction_case" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "inaction_person" ON "inaction_case" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "inaction_step_case" ON "inaction_step" USING btree ("case_id");