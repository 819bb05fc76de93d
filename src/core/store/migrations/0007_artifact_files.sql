-- Ferry schema version 7: artifacts are files (issue 16, docs/conversion.md). The virtio-win
-- driver ISO a Windows guest's conversion needs is copied into Ferry's data directory by
-- `ferryctl artifact add` or the Artifacts page; the database keeps where (path), what (its
-- SHA-256 and size, so an engine on another host can tell whether its copy is the same file),
-- when it was added and the drivers found on it. The bytes stay out of the database.
ALTER TABLE artifacts ADD COLUMN path TEXT NOT NULL DEFAULT '';
ALTER TABLE artifacts ADD COLUMN sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE artifacts ADD COLUMN size_bytes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE artifacts ADD COLUMN added_at TEXT NOT NULL DEFAULT '';
ALTER TABLE artifacts ADD COLUMN drivers_json TEXT NOT NULL DEFAULT '[]';
-- The queue entries that wait (Blocked) for an artifact of a type: the engine adds one when a
-- Windows guest needs converting and no virtio-win ISO is there; adding such an artifact puts
-- the entries back to Waiting and removes their rows. Gone with the entry.
CREATE TABLE artifact_waits (
    entry_id      INTEGER PRIMARY KEY REFERENCES queue_entries(id) ON DELETE CASCADE,
    artifact_type TEXT NOT NULL,
    since         TEXT NOT NULL
);
