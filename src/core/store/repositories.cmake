# The SQLite store: the database, its migrations and one repository per table.
ferry_layer(store DEPENDS model LIBS Qt6::Sql SOURCES
    store/database.h store/database.cpp
    store/databaseurl.h store/databaseurl.cpp
    store/databasecopy.h store/databasecopy.cpp
    store/jsoncolumns.h store/jsoncolumns.cpp
    store/repositorysupport.h store/repositorysupport.cpp
    store/sourcerepository.h store/sourcerepository.cpp
    store/targetrepository.h store/targetrepository.cpp
    store/instancerepository.h store/instancerepository.cpp
    store/networkrepository.h store/networkrepository.cpp
    store/batchrepository.h store/batchrepository.cpp
    store/queuerepository.h store/queuerepository.cpp
    store/artifactrepository.h store/artifactrepository.cpp
    store/warningrepository.h store/warningrepository.cpp
    store/dryrunrepository.h store/dryrunrepository.cpp
    store/settingsrepository.h store/settingsrepository.cpp
    store/enginelockrepository.h store/enginelockrepository.cpp
    store/enginerepository.h store/enginerepository.cpp
    store/changefeed.h store/changefeed.cpp)
qt_add_resources(ferry_store "ferry_sql_migrations"
    PREFIX "/ferry/sql"
    BASE "store/migrations"
    FILES store/migrations/0001_initial.sql store/migrations/0002_schema_history.sql
    store/migrations/0003_keep_leftovers.sql store/migrations/0004_engine_leases.sql
    store/migrations/0005_change_notifications.sql
    store/migrations/0006_conversion_dry_runs.sql store/migrations/0007_artifact_files.sql
    store/migrations/0008_target_ca_verification.sql
    store/migrations/0009_source_host_direct_reads.sql)
