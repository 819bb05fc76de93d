# Unit tests of the migration engine (paths relative to tests/unit).
ferry_add_test(NAME queuestatemachine LABEL unit SOURCES test_queuestatemachine.cpp
    LIBS ferry_core)
ferry_add_test(NAME enginetargetconfig LABEL unit SOURCES test_enginetargetconfig.cpp
    LIBS ferry_core)
ferry_add_test(NAME enginescheduling LABEL unit SOURCES test_enginescheduling.cpp LIBS ferry_core)
ferry_add_test(NAME targetstate LABEL unit SOURCES test_targetstate.cpp LIBS ferry_incus)
ferry_add_test(NAME targetcleanup LABEL unit SOURCES test_targetcleanup.cpp LIBS ferry_core)
ferry_add_test(NAME httpwire LABEL unit SOURCES test_httpwire.cpp LIBS ferry_transfer)
ferry_add_test(NAME extentreader LABEL unit SOURCES test_extentreader.cpp LIBS ferry_transfer)
ferry_add_test(NAME clusterimport LABEL unit SOURCES test_clusterimport.cpp LIBS ferry_transfer)
# Extra disks as dependent volumes of the instance backup (Incus 6.23+, API extension dependent).
ferry_add_test(NAME dependentimport LABEL unit SOURCES test_dependentimport.cpp
    LIBS ferry_transfer ferry_incus yaml-cpp)
# The conversion's changes over the source's bytes.
ferry_add_test(NAME diskpatches LABEL unit SOURCES test_diskpatches.cpp LIBS ferry_transfer)
ferry_add_test(NAME engineoptions LABEL unit SOURCES test_engineoptions.cpp LIBS ferry_core)
ferry_add_test(NAME queueactions LABEL unit SOURCES test_queueactions.cpp LIBS ferry_core)
# Claims against the windows, constraints and limits, counted across engines (engine/claim.h).
ferry_add_test(NAME engineclaim LABEL unit SOURCES test_engineclaim.cpp LIBS ferry_core)
# --only-source/--only-target, credentials reachability and the waiting reason (pure rules).
ferry_add_test(NAME enginereach LABEL unit SOURCES test_enginereach.cpp LIBS ferry_core)
# The queue's transitions and actions also on PostgreSQL (pg.<name>; see store.cmake).
ferry_add_pg_test(NAME queuestatemachine)
ferry_add_pg_test(NAME queueactions)
ferry_add_pg_test(NAME engineclaim)
# A job runs only while its engine holds the entry's lease (fencing, docs/scale.md).
ferry_add_test(NAME jobfencing LABEL unit SOURCES test_jobfencing.cpp LIBS ferry_core)
ferry_add_pg_test(NAME jobfencing)
# ferryctl engine run --serve as systemd runs it: the notify socket, the watchdog, SIGTERM
# (docs/scale.md, "Running as a service"); also on PostgreSQL.
ferry_add_test(NAME engineserve LABEL unit SOURCES test_engineserve.cpp LIBS ferry_core Qt6::Sql)
add_dependencies(test_engineserve ferryctl)
ferry_add_pg_test(NAME engineserve)
