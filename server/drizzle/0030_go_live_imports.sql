CREATE TABLE "import_batch" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_batch_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"template" text NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"status" text NOT NULL,
	"total_rows" integer NOT NULL,
	"rows" jsonb,
	"results" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"only_good" boolean,
	"undo" jsonb,
	"created_by" integer NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_by" integer,
	"committed_by_name" text,
	"committed_on" date,
	"committed_at" timestamp with time zone,
	"undone_by" integer,
	"undone_by_name" text,
	"undone_on" date,
	"undo_reason" text,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "held_post_import" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "held_post_import_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"post_key" text NOT NULL,
	"sideline_ids" jsonb NOT NULL,
	"pay_received" boolean NOT NULL,
	"pay_amount" numeric(12, 2),
	"fingerprint" text NOT NULL,
	"batch_id" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "held_post_import" ADD CONSTRAINT "held_post_import_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "held_post_import" ADD CONSTRAINT "held_post_import_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "held_post_import" ADD CONSTRAINT "held_post_import_org_id_outside_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."outside_org"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_batch_inst_template" ON "import_batch" USING btree ("institution_id","template","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "held_post_import_key" ON "held_post_import" USING btree ("institution_id","person_id","org_id","post_key");