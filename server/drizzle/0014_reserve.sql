CREATE TABLE "reserve_finding" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reserve_finding_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"detail" text NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reserve_nomination" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reserve_nomination_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"target_rank" text NOT NULL,
	"reasons" text NOT NULL,
	"nominated_on" date NOT NULL,
	"status" text DEFAULT 'nominated' NOT NULL,
	"reviewed_on" date,
	"review_note" text,
	"removed_on" date,
	"removal_reason" text,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reserve_finding" ADD CONSTRAINT "reserve_finding_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reserve_finding" ADD CONSTRAINT "reserve_finding_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reserve_nomination" ADD CONSTRAINT "reserve_nomination_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reserve_nomination" ADD CONSTRAINT "reserve_nomination_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rfinding_person" ON "reserve_finding" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "reserve_inst_status" ON "reserve_nomination" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "reserve_person" ON "reserve_nomination" USING btree ("person_id");