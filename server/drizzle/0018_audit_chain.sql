CREATE TABLE "audit_chain" (
	"id" smallint PRIMARY KEY NOT NULL,
	"last_id" bigint,
	"last_mac" text DEFAULT '' NOT NULL,
	"purged_through_id" bigint,
	"purged_mac" text
);
--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "prev_mac" text;--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "mac" text;--> statement-breakpoint
INSERT INTO "audit_chain" ("id", "last_mac") VALUES (1, '') ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Still append-only, with one exception: a retention purge may delete events older than the cut-off it sets for its
-- own transaction, and never any younger than 180 days (网络安全法 第二十一条: logs kept no less than six months).
CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND coalesce(current_setting('cadre.audit_purge_before', true), '') <> ''
     AND OLD.at < current_setting('cadre.audit_purge_before')::timestamptz
     AND OLD.at < now() - interval '180 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_event is append-only (审计日志不可修改或删除)';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM PUBLIC;
