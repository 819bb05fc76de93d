# Unit tests of the store's repositories (paths relative to tests/unit).
ferry_add_test(NAME targetrepository LABEL unit SOURCES test_targetrepository.cpp LIBS ferry_store)
ferry_add_test(NAME instancerepository LABEL unit SOURCES test_instancerepository.cpp LIBS ferry_store)
ferry_add_test(NAME networkrepository LABEL unit SOURCES test_networkrepository.cpp LIBS ferry_store)
ferry_add_test(NAME batchrepository LABEL unit SOURCES test_batchrepository.cpp LIBS ferry_store)
ferry_add_test(NAME queuerepository LABEL unit SOURCES test_queuerepository.cpp LIBS ferry_store)
ferry_add_test(NAME artifactrepository LABEL unit SOURCES test_artifactrepository.cpp LIBS ferry_store)
ferry_add_test(NAME warningrepository LABEL unit SOURCES test_warningrepository.cpp LIBS ferry_store)
ferry_add_test(NAME settingsrepository LABEL unit SOURCES test_settingsrepository.cpp LIBS ferry_store)
ferry_add_test(NAME enginelockrepository LABEL unit SOURCES test_enginelockrepository.cpp LIBS ferry_store)
ferry_add_test(NAME enginerepository LABEL unit SOURCES test_enginerepository.cpp LIBS ferry_store)
ferry_add_test(NAME dryrunrepository LABEL unit SOURCES test_dryrunrepository.cpp LIBS ferry_store)
ferry_add_test(NAME networkmappingservice LABEL unit SOURCES test_networkmappingservice.cpp LIBS ferry_core)

# The same tests on PostgreSQL (pg.<name>, label pg; the fixture ferry_pg starts the server).
foreach(_t targetrepository instancerepository networkrepository batchrepository queuerepository
        artifactrepository warningrepository settingsrepository enginelockrepository
        enginerepository dryrunrepository)
    ferry_add_pg_test(NAME ${_t})
endforeach()
# system db-copy: SQLite into SQLite (unit) and into PostgreSQL (pg).
ferry_add_test(NAME databasecopy LABEL unit SOURCES test_databasecopy.cpp LIBS ferry_core)
add_dependencies(test_databasecopy ferryctl)
ferry_add_pg_test(NAME databasecopy)
# Connecting to PostgreSQL (TLS verified, refused certificates, wrong passwords): pg only.
ferry_add_test(NAME postgresqlconnection LABEL pg SOURCES test_postgresqlconnection.cpp
    LIBS ferry_core FIXTURES ferry_pg)
set_property(TEST pg.postgresqlconnection APPEND PROPERTY ENVIRONMENT
    "FERRY_TEST_DATABASE=postgresql" "FERRY_TEST_PG_ENV=${FERRY_PG_DIR}/pg.env")
# The database server restarted under Ferry: cut sessions are opened again (pg only; the test
# starts and restarts a PostgreSQL of its own, about 10 s).
ferry_add_test(NAME databasereconnect LABEL pg SOURCES test_databasereconnect.cpp LIBS ferry_store)
# The dashboard's change notifications (LISTEN/NOTIFY on PostgreSQL, inactive on SQLite).
ferry_add_test(NAME changefeed LABEL unit SOURCES test_changefeed.cpp LIBS ferry_store)
ferry_add_pg_test(NAME changefeed)
