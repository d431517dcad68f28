-- The roles of a region's Sote Navigator database, as `sote-navigator region init` makes them
-- (sote_navigator/db/region_roles.py; tests/db/test_region_roles.py checks that the two agree).
-- Run it as the database's owner, in the database, after the first start has created the
-- schema, and again after each upgrade of the application:
--     psql -v ON_ERROR_STOP=1 -d sote_navigator -f region-roles.sql
-- Then make each person's login role a member of one role:
--     GRANT sote_navigator_desk TO desk17;   GRANT sote_navigator_maintainer TO maija;
-- Idempotent: rights are revoked and granted anew in one transaction.
BEGIN;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sote_navigator_maintainer') THEN
        CREATE ROLE sote_navigator_maintainer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sote_navigator_desk') THEN
        CREATE ROLE sote_navigator_desk NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO sote_navigator_maintainer, '
                   'sote_navigator_desk', current_database());
END $$;
GRANT USAGE ON SCHEMA public TO sote_navigator_maintainer, sote_navigator_desk;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM sote_navigator_maintainer, sote_navigator_desk;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM sote_navigator_maintainer, sote_navigator_desk;
-- Both read everything: the catalogue, the search index, the placements (for reports).
GRANT SELECT ON ALL TABLES IN SCHEMA public TO sote_navigator_maintainer, sote_navigator_desk;
-- The maintainer changes the catalogue (import, roll back): every table but the records ...
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO sote_navigator_maintainer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO sote_navigator_maintainer;
-- ... the records (every table of the schema that is not catalogue data) are the desks'.
REVOKE INSERT, UPDATE, DELETE ON TABLE placement, placement_note, sync_outbox
    FROM sote_navigator_maintainer;
GRANT SELECT, INSERT, UPDATE ON TABLE placement TO sote_navigator_desk;
GRANT SELECT, INSERT, UPDATE ON TABLE placement_note TO sote_navigator_desk;
GRANT SELECT, INSERT, UPDATE ON TABLE sync_outbox TO sote_navigator_desk;
GRANT USAGE, SELECT ON SEQUENCE placement_id_seq, placement_note_id_seq, sync_outbox_id_seq
    TO sote_navigator_desk;
REVOKE USAGE, SELECT ON SEQUENCE placement_id_seq, placement_note_id_seq, sync_outbox_id_seq
    FROM sote_navigator_maintainer;
-- A table the owner adds later is readable by both before this script runs again.
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT ON TABLES TO sote_navigator_maintainer, sote_navigator_desk;
COMMIT;
