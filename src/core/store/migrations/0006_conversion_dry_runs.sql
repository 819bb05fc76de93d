-- Ferry schema version 6: the guest conversion's dry run (issue 16, docs/conversion.md). The
-- last dry run of each instance (`ferryctl batch dry-run`, the wizard's pre-flight page), kept so
-- that pre-flight can show it without reading the disks again: when it ran, whether the disks
-- were read (a running VM's are not), how long it took, and its findings
-- ([{severity, code, message}], severity info, warning or error). It belongs to the instance,
-- not to a batch: the guest is the same whichever batch migrates it. A new one replaces it.
CREATE TABLE conversion_dry_runs (
    instance_id   INTEGER PRIMARY KEY REFERENCES instances(id) ON DELETE CASCADE,
    ran_at        TEXT NOT NULL,
    disks_read    INTEGER NOT NULL DEFAULT 0,
    seconds       REAL NOT NULL DEFAULT 0,
    findings_json TEXT NOT NULL DEFAULT '[]'
);
