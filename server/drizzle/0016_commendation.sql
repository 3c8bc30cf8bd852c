CREATE TABLE "commendation" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "commendation_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"title" text NOT NULL,
	"issuer" text NOT NULL,
	"awarded_on" date NOT NULL,
	"round_id" integer,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commendation_nomination" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "commendation_nomination_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"round_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"deeds" text NOT NULL,
	"status" text DEFAULT 'nominated' NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commendation_round" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "commendation_round_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"title" text NOT NULL,
	"quota" integer NOT NULL,
	"status" text DEFAULT 'nominating' NOT NULL,
	"decided_on" date,
	"meeting_ref" text,
	"published_on" date,
	"public_until" date,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "commendation" ADD CONSTRAINT "commendation_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation" ADD CONSTRAINT "commendation_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation" ADD CONSTRAINT "commendation_round_id_commendation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."commendation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation_nomination" ADD CONSTRAINT "commendation_nomination_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation_nomination" ADD CONSTRAINT "commendation_nomination_round_id_commendation_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."commendation_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation_nomination" ADD CONSTRAINT "commendation_nomination_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation_round" ADD CONSTRAINT "commendation_round_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commendation_person" ON "commendation" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cnom_round_person" ON "commendation_nomination" USING btree ("round_id","person_id");--> statement-breakpoint
CREATE INDEX "cround_inst_year" ON "commendation_round" USING btree ("institution_id","year");