-- Ferry schema version 2: remember which Ferry applied each schema version, for diagnostics.
CREATE TABLE schema_history (
    version       INTEGER PRIMARY KEY,
    applied_at    TEXT NOT NULL,
    ferry_version TEXT NOT NULL
);
