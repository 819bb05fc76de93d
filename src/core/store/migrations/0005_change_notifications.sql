-- Ferry schema version 5: the dashboard hears of changes (issue 15, docs/scale.md). On
-- PostgreSQL every statement that writes queue_entries or engines sends a notification on the
-- channel ferry_queue (payload: the table's name), which the desktop LISTENs to (ChangeFeed) and
-- refreshes its Queue page and Engines panel at once instead of polling faster. A trigger, not
-- a call in each repository: it also covers writes by ferryctl, other engines and any future
-- write path. PostgreSQL sends a notification when the writing transaction commits, and one
-- per distinct payload per transaction, so a heartbeat renewing many leases sends one.
--
-- SQLite has no notifications: there the part below the marker is left out (migrationSqlFor),
-- the schema version still becomes 5, and the tables are the same on both engines. Only a
-- function and two triggers exist on PostgreSQL alone.
-- postgresql-only
CREATE FUNCTION ferry_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('ferry_queue', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
CREATE TRIGGER queue_entries_notify AFTER INSERT OR UPDATE OR DELETE ON queue_entries
    FOR EACH STATEMENT EXECUTE FUNCTION ferry_notify_change();
CREATE TRIGGER engines_notify AFTER INSERT OR UPDATE OR DELETE ON engines
    FOR EACH STATEMENT EXECUTE FUNCTION ferry_notify_change();
