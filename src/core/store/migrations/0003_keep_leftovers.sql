-- Ferry schema version 3: a cancel can ask to keep what the migration created on the target
-- (for a person to look at) instead of cleaning it up. Set by `queue cancel --keep-leftovers`
-- and the dashboard's "Cancel, Keep Leftovers"; cleared when the entry runs again.
ALTER TABLE queue_entries ADD COLUMN keep_leftovers INTEGER NOT NULL DEFAULT 0;
