-- Ferry schema version 4: many engines share one queue (issue 15, docs/scale.md). Every running
-- engine has a row here, renewed by its heartbeat; a queue entry an engine works on names it
-- (engine_id) and is leased until lease_until, renewed by the same heartbeat. An entry whose
-- lease ran out belongs to an engine that died, and another engine takes it over. engine_lock
-- (one engine per database) is no longer used; it stays so that older files open unchanged.
CREATE TABLE engines (
    id           TEXT PRIMARY KEY,                  -- a UUID the engine makes at start
    host         TEXT NOT NULL,
    pid          INTEGER NOT NULL,
    started_at   TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL,
    version      TEXT NOT NULL DEFAULT '',
    restrictions TEXT NOT NULL DEFAULT ''           -- e.g. only-target=incus01; '' = none
);
-- No foreign key: an engine's row goes when it stops or dies, the lease says the rest.
ALTER TABLE queue_entries ADD COLUMN engine_id TEXT;
ALTER TABLE queue_entries ADD COLUMN lease_until TEXT;
CREATE INDEX queue_entries_engine ON queue_entries(engine_id)
