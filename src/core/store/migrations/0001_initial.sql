-- Ferry schema version 1: the whole domain.
-- Times are UTC in ISO 8601 with milliseconds ("2025-12-01T01:00:00.000Z"); durations are
-- milliseconds; JSON columns hold small structured values that are read as a whole.
-- Secrets never live here: *_secret_ref columns name a keychain entry.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL UNIQUE,
    source_type           TEXT NOT NULL DEFAULT 'vmware',
    api_type              TEXT NOT NULL DEFAULT '',          -- VirtualCenter | HostAgent
    api_version           TEXT NOT NULL DEFAULT '',
    endpoint              TEXT NOT NULL,
    username              TEXT NOT NULL DEFAULT '',
    secret_ref            TEXT NOT NULL DEFAULT '',
    import_limit          INTEGER NOT NULL DEFAULT 50 CHECK (import_limit >= 0),
    connection_timeout_ms INTEGER NOT NULL DEFAULT 600000 CHECK (connection_timeout_ms > 0),
    datacenters_json      TEXT NOT NULL DEFAULT '[]',
    trusted_cert_pem      TEXT NOT NULL DEFAULT '',
    trusted_cert_sha256   TEXT NOT NULL DEFAULT '',
    seen_cert_pem         TEXT NOT NULL DEFAULT '',
    seen_cert_sha256      TEXT NOT NULL DEFAULT '',
    connectivity_status   TEXT NOT NULL DEFAULT 'Unknown',
    status_detail         TEXT NOT NULL DEFAULT '',
    last_sync_at          TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);

CREATE TABLE targets (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL UNIQUE,
    target_type           TEXT NOT NULL DEFAULT '',          -- incus | lxd (from GET /1.0)
    endpoint              TEXT NOT NULL,
    auth_type             TEXT NOT NULL DEFAULT 'tls',       -- tls | oidc
    client_cert_pem       TEXT NOT NULL DEFAULT '',          -- public half only
    secret_ref            TEXT NOT NULL DEFAULT '',          -- client key or OIDC tokens
    import_limit          INTEGER NOT NULL DEFAULT 50 CHECK (import_limit >= 0),
    create_limit          INTEGER NOT NULL DEFAULT 10 CHECK (create_limit >= 0),
    connection_timeout_ms INTEGER NOT NULL DEFAULT 300000 CHECK (connection_timeout_ms > 0),
    trusted_cert_pem      TEXT NOT NULL DEFAULT '',
    trusted_cert_sha256   TEXT NOT NULL DEFAULT '',
    seen_cert_pem         TEXT NOT NULL DEFAULT '',
    seen_cert_sha256      TEXT NOT NULL DEFAULT '',
    connectivity_status   TEXT NOT NULL DEFAULT 'Unknown',
    status_detail         TEXT NOT NULL DEFAULT '',
    server_version        TEXT NOT NULL DEFAULT '',
    api_extensions_json   TEXT NOT NULL DEFAULT '[]',
    inventory_json        TEXT NOT NULL DEFAULT '{}',        -- projects, pools, networks, ...
    inventory_at          TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);

CREATE TABLE networks (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    source_id          INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    source_specific_id TEXT NOT NULL,
    location           TEXT NOT NULL DEFAULT '',
    type               TEXT NOT NULL DEFAULT 'standard',     -- standard | distributed | nsx-distributed | nsx
    properties_json    TEXT NOT NULL DEFAULT '{}',
    override_network   TEXT,                                 -- NULL: use the default mapping
    override_nictype   TEXT CHECK (override_nictype IS NULL OR override_nictype IN ('managed', 'bridged', 'physical')),
    override_vlan      TEXT,
    missing_since      TEXT,
    updated_at         TEXT NOT NULL,
    UNIQUE (source_id, source_specific_id)
);

CREATE TABLE instances (
    id                           INTEGER PRIMARY KEY,
    uuid                         TEXT NOT NULL UNIQUE,
    source_id                    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    source_specific_id           TEXT NOT NULL,
    location                     TEXT NOT NULL DEFAULT '',
    name                         TEXT NOT NULL DEFAULT '',
    description                  TEXT NOT NULL DEFAULT '',
    os                           TEXT NOT NULL DEFAULT '',
    os_description               TEXT NOT NULL DEFAULT '',
    os_template                  TEXT NOT NULL DEFAULT '',
    os_version                   TEXT NOT NULL DEFAULT '',
    os_type                      TEXT NOT NULL DEFAULT '',
    distribution                 TEXT NOT NULL DEFAULT '',
    distribution_version         TEXT NOT NULL DEFAULT '',
    architecture                 TEXT NOT NULL DEFAULT '',
    cpus                         INTEGER NOT NULL DEFAULT 0,
    memory_bytes                 INTEGER NOT NULL DEFAULT 0,
    legacy_boot                  INTEGER NOT NULL DEFAULT 0,
    secure_boot                  INTEGER NOT NULL DEFAULT 0,
    tpm                          INTEGER NOT NULL DEFAULT 0,
    power_state                  TEXT NOT NULL DEFAULT '',   -- poweredOn | poweredOff | suspended
    tools_running                INTEGER NOT NULL DEFAULT 0,
    background_import            INTEGER NOT NULL DEFAULT 0,
    config_json                  TEXT NOT NULL DEFAULT '{}', -- custom attributes, tags
    missing_since                TEXT,                       -- gone from the source at the last sync
    last_update_from_source      TEXT,
    override_name                TEXT,
    override_cpus                INTEGER,
    override_memory_bytes        INTEGER,
    override_disable_migration   INTEGER NOT NULL DEFAULT 0,
    override_ignore_restrictions INTEGER NOT NULL DEFAULT 0,
    override_comment             TEXT NOT NULL DEFAULT '',
    override_extra_json          TEXT NOT NULL DEFAULT '{}', -- os_type, distribution, config, ...
    UNIQUE (source_id, source_specific_id)
);
CREATE INDEX instances_location ON instances(location);

CREATE TABLE instance_disks (
    id                         INTEGER PRIMARY KEY,
    instance_id                INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
    position                   INTEGER NOT NULL,
    name                       TEXT NOT NULL,               -- "[datastore] dir/disk.vmdk"
    device_key                 INTEGER NOT NULL DEFAULT 0,
    capacity_bytes             INTEGER NOT NULL DEFAULT 0,
    sharing                    TEXT NOT NULL DEFAULT '',
    mode                       TEXT NOT NULL DEFAULT '',
    backing_type               TEXT NOT NULL DEFAULT '',
    supported                  INTEGER NOT NULL DEFAULT 1,
    unsupported_reason         TEXT NOT NULL DEFAULT '',
    background_import_verified INTEGER NOT NULL DEFAULT 0,
    change_id                  TEXT NOT NULL DEFAULT '',
    UNIQUE (instance_id, position)
);

CREATE TABLE instance_nics (
    id                 INTEGER PRIMARY KEY,
    instance_id        INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    network_id         INTEGER REFERENCES networks(id) ON DELETE SET NULL,
    source_specific_id TEXT NOT NULL DEFAULT '',
    hardware_address   TEXT NOT NULL DEFAULT '',
    location           TEXT NOT NULL DEFAULT '',
    ipv4_address       TEXT NOT NULL DEFAULT '',
    ipv6_address       TEXT NOT NULL DEFAULT '',
    UNIQUE (instance_id, position)
);

CREATE TABLE instance_snapshots (
    id          INTEGER PRIMARY KEY,
    instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT,
    UNIQUE (instance_id, position)
);

CREATE TABLE batches (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE,
    status             TEXT NOT NULL DEFAULT 'Defined'
                       CHECK (status IN ('Defined', 'Running', 'Stopped', 'Finished', 'Error')),
    status_message     TEXT NOT NULL DEFAULT '',
    include_expression TEXT NOT NULL DEFAULT 'false',
    default_target_id  INTEGER REFERENCES targets(id) ON DELETE RESTRICT,
    default_project    TEXT NOT NULL DEFAULT 'default',
    default_pool       TEXT NOT NULL DEFAULT 'default',
    migration_network_json TEXT NOT NULL DEFAULT '[]',
    config_json        TEXT NOT NULL DEFAULT '{}',         -- retries, overrides, sync interval, script
    start_date         TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

CREATE TABLE migration_windows (
    id         INTEGER PRIMARY KEY,
    batch_id   INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    start_at   TEXT,                                        -- NULL: begun
    end_at     TEXT,                                        -- NULL: never ends
    lockout_at TEXT,
    capacity   INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    UNIQUE (batch_id, name)
);

CREATE TABLE batch_constraints (
    id                       INTEGER PRIMARY KEY,
    batch_id                 INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    position                 INTEGER NOT NULL,
    name                     TEXT NOT NULL,
    description              TEXT NOT NULL DEFAULT '',
    include_expression       TEXT NOT NULL DEFAULT 'true',
    max_concurrent_instances INTEGER NOT NULL DEFAULT 0 CHECK (max_concurrent_instances >= 0),
    min_instance_boot_time_ms INTEGER NOT NULL DEFAULT 0 CHECK (min_instance_boot_time_ms >= 0),
    UNIQUE (batch_id, name)
);

CREATE TABLE batch_instances (
    batch_id    INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
    PRIMARY KEY (batch_id, instance_id)
);

CREATE TABLE queue_entries (
    id                   INTEGER PRIMARY KEY,
    batch_id             INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    instance_id          INTEGER NOT NULL REFERENCES instances(id) ON DELETE RESTRICT,
    status               TEXT NOT NULL DEFAULT 'Waiting',
    status_message       TEXT NOT NULL DEFAULT '',
    import_stage         TEXT NOT NULL DEFAULT 'background', -- background | final | complete
    window_id            INTEGER REFERENCES migration_windows(id) ON DELETE SET NULL,
    placement_json       TEXT NOT NULL DEFAULT '{}',
    target_instance_name TEXT NOT NULL DEFAULT '',
    source_was_running   INTEGER NOT NULL DEFAULT 0,
    source_powered_off_by_ferry INTEGER NOT NULL DEFAULT 0,
    target_created       INTEGER NOT NULL DEFAULT 0,
    retry_count          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at      TEXT,
    last_background_sync TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    UNIQUE (batch_id, instance_id)
);
CREATE INDEX queue_entries_status ON queue_entries(status);

CREATE TABLE queue_disk_progress (
    queue_entry_id INTEGER NOT NULL REFERENCES queue_entries(id) ON DELETE CASCADE,
    disk_position  INTEGER NOT NULL,
    disk_name      TEXT NOT NULL DEFAULT '',
    bytes_total    INTEGER NOT NULL DEFAULT 0,
    bytes_done     INTEGER NOT NULL DEFAULT 0,
    bytes_sent     INTEGER NOT NULL DEFAULT 0,
    rate_bps       REAL NOT NULL DEFAULT 0,
    sha256         TEXT NOT NULL DEFAULT '',
    started_at     TEXT,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (queue_entry_id, disk_position)
);

CREATE TABLE queue_log (
    id             INTEGER PRIMARY KEY,
    queue_entry_id INTEGER NOT NULL REFERENCES queue_entries(id) ON DELETE CASCADE,
    at             TEXT NOT NULL,
    level          TEXT NOT NULL DEFAULT 'info',            -- debug | info | warning | error
    message        TEXT NOT NULL
);
CREATE INDEX queue_log_entry ON queue_log(queue_entry_id, id);

CREATE TABLE artifacts (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    type               TEXT NOT NULL,                       -- sdk | driver | os-image
    description        TEXT NOT NULL DEFAULT '',
    os                 TEXT NOT NULL DEFAULT '',
    architectures_json TEXT NOT NULL DEFAULT '[]',
    versions_json      TEXT NOT NULL DEFAULT '[]',
    source_type        TEXT NOT NULL DEFAULT '',
    files_json         TEXT NOT NULL DEFAULT '[]',
    last_updated       TEXT NOT NULL
);

CREATE TABLE warnings (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    status        TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'acknowledged')),
    scope         TEXT NOT NULL DEFAULT 'sync',
    entity_type   TEXT NOT NULL DEFAULT '',
    entity        TEXT NOT NULL DEFAULT '',
    type          TEXT NOT NULL,
    messages_json TEXT NOT NULL DEFAULT '[]',
    count         INTEGER NOT NULL DEFAULT 1,
    first_seen    TEXT NOT NULL,
    last_seen     TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (type, scope, entity_type, entity)
);

-- Exactly one engine may drive a database; the row names the process that holds it.
CREATE TABLE engine_lock (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    pid          INTEGER NOT NULL,
    host         TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL
);
