# The migration engine end to end (issue 6): ferryctl against the lab's simulators and VM LXD.
ferry_add_test(NAME migration LABEL integration SOURCES test_migration.cpp LIBS ferry_core Qt6::Network
    TIMEOUT 1200)
add_dependencies(test_migration ferryctl)
# Copying 8 GiB takes minutes: QtTest's watchdog (300 s per function by default) would abort it.
set_property(TEST integration.migration APPEND PROPERTY ENVIRONMENT QTEST_FUNCTION_TIMEOUT=1150000)
# Faults of the engine against the lab (must-show 2 and 3): kill -9 mid-transfer and a restart,
# the source cut off mid-transfer, a cancel mid-transfer.
ferry_add_test(NAME migration_faults LABEL integration SOURCES test_migration_faults.cpp
    LIBS ferry_core Qt6::Network TIMEOUT 1200)
add_dependencies(test_migration_faults ferryctl)
set_property(TEST integration.migration_faults APPEND PROPERTY ENVIRONMENT
    QTEST_FUNCTION_TIMEOUT=1150000)
# Three engines on one PostgreSQL queue (issue 15): each VM migrates once, a kill -9'd engine's
# entry is taken over (label integration; needs the lab and the tests' PostgreSQL).
ferry_add_test(NAME multiengine LABEL integration SOURCES test_multiengine.cpp
    LIBS ferry_core Qt6::Network TIMEOUT 1200 FIXTURES ferry_pg)
add_dependencies(test_multiengine ferryctl)
set_property(TEST integration.multiengine APPEND PROPERTY ENVIRONMENT
    QTEST_FUNCTION_TIMEOUT=1150000 "FERRY_TEST_DATABASE=postgresql"
    "FERRY_TEST_PG_ENV=${FERRY_PG_DIR}/pg.env")
# An engine without the source's password in its keychain claims nothing, then claims once the
# password is stored (docs/scale.md, "Engines where the data is"; needs only the lab's keyring).
ferry_add_test(NAME enginecredentials LABEL integration SOURCES test_enginecredentials.cpp
    LIBS ferry_core)
# Nine VMs, three engines, one PostgreSQL queue restarted mid-batch (issue 15): each VM migrates
# once and lands byte-identical, and the queue's log in the database shows the batch's limit
# held at every moment. A lab and a PostgreSQL of its own; about 40 s on two cores. Run
# alone: its VM-capable LXD and the suite's lab would share the two cores.
add_test(NAME integration.ninevms
    COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/scale/nine-vms" "${PROJECT_SOURCE_DIR}"
        "$<TARGET_FILE:ferryctl>")
set_tests_properties(integration.ninevms PROPERTIES LABELS integration TIMEOUT 1200
    SKIP_RETURN_CODE 77 RUN_SERIAL ON)

# integration.snapshotchain (issue 13): a VM with two snapshots (vmfsSparse, SEsparse) migrates
# equal to qemu-img's image of its chain; a snapshot taken at the power-off ends Conflict with the
# source left off. A lab of its own; about 40 s on two cores, alone for the same reason.
add_test(NAME integration.snapshotchain
    COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/scale/snapshot-chain" "${PROJECT_SOURCE_DIR}"
        "$<TARGET_FILE:ferryctl>")
set_tests_properties(integration.snapshotchain PROPERTIES LABELS integration TIMEOUT 900
    SKIP_RETURN_CODE 77 RUN_SERIAL ON)

# integration.cutover (issue 13, before the point of no return): suspended and encrypted VMs
# refused in pre-flight and never powered off, no hard power-off without the batch's
# hard_power_off, a NIC added since the sync a Conflict with the source on, a re-registered VM
# found by its instance UUID, free ESXi's RestrictedVersion said plainly. A lab of its own.
add_test(NAME integration.cutover
    COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/scale/cutover" "${PROJECT_SOURCE_DIR}"
        "$<TARGET_FILE:ferryctl>")
set_tests_properties(integration.cutover PROPERTIES LABELS integration TIMEOUT 900
    SKIP_RETURN_CODE 77 RUN_SERIAL ON)

# integration.datastorefaults (issue 13): the lab's /folder front as vCenter's (the session
# cookie enforced, 503s, sessions expired mid-copy): a VM migrates byte-identical through 503s and
# a re-login, no session left open; more 503s than a read's attempts fail the entry cleanly. A lab
# of its own; about a minute, alone for the same reason.
add_test(NAME integration.datastorefaults
    COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/scale/datastore-faults" "${PROJECT_SOURCE_DIR}"
        "$<TARGET_FILE:ferryctl>")
set_tests_properties(integration.datastorefaults PROPERTIES LABELS integration TIMEOUT 900
    SKIP_RETURN_CODE 77 RUN_SERIAL ON)

# integration.fieldnames (issue 13): a datacenter inside a folder, a VM in a vApp, datastores
# "DS+1", "R&D" and one with vSphere's escapes: each VM migrates byte-identical through a /folder
# front that decodes its query as vCenter does. A lab of its own (the field scenario).
add_test(NAME integration.fieldnames
    COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/scale/field-names" "${PROJECT_SOURCE_DIR}"
        "$<TARGET_FILE:ferryctl>")
set_tests_properties(integration.fieldnames PROPERTIES LABELS integration TIMEOUT 900
    SKIP_RETURN_CODE 77 RUN_SERIAL ON)

# integration.largeimport (issue 14, label large): a 20 GiB disk (1 GiB of data) imports into the
# lab's LXD on the engine's default settings, the import operation's state in the entry's log. A
# lab of its own and about 24 GiB of free space in /tmp (less: skipped); a few minutes. Not in the
# default suite: ctest --test-dir build -L large.
add_test(NAME integration.largeimport
    COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/scale/large-import" "${PROJECT_SOURCE_DIR}"
        "$<TARGET_FILE:ferryctl>")
set_tests_properties(integration.largeimport PROPERTIES LABELS large TIMEOUT 3600
    SKIP_RETURN_CODE 77 RUN_SERIAL ON)

# integration.sourcesessions (issue 13): the sync and a migration read /sdk/vimServiceVersions.xml
# before their first SOAP call and send a version the lab lists (it refuses others, as vCenter),
# and leave no session open on the lab's vCenter (counted in its SessionManager). A lab of its
# own; alone for the same reason.
add_test(NAME integration.sourcesessions
    COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/scale/source-sessions" "${PROJECT_SOURCE_DIR}"
        "$<TARGET_FILE:ferryctl>")
set_tests_properties(integration.sourcesessions PROPERTIES LABELS integration TIMEOUT 900
    SKIP_RETURN_CODE 77 RUN_SERIAL ON)

# integration.hostdirect (issue 13): a vCenter source with host-direct reads reads a VM's disk
# from the lab's ESXi host front with one service ticket per ranged GET (byte-identical, no
# session cookie at the host), and falls back to vCenter on a pin mismatch and a ticket fault.
add_test(NAME integration.hostdirect
    COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/scale/host-direct" "${PROJECT_SOURCE_DIR}"
        "$<TARGET_FILE:ferryctl>")
set_tests_properties(integration.hostdirect PROPERTIES LABELS integration TIMEOUT 900
    SKIP_RETURN_CODE 77 RUN_SERIAL ON)

# integration.bootdisk (issue 13): a VM whose boot order names its second disk lands with that
# disk as the root disk and the first as an extra disk, byte-identical. A lab of its own.
add_test(NAME integration.bootdisk
    COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/scale/boot-disk" "${PROJECT_SOURCE_DIR}"
        "$<TARGET_FILE:ferryctl>")
set_tests_properties(integration.bootdisk PROPERTIES LABELS integration TIMEOUT 900
    SKIP_RETURN_CODE 77 RUN_SERIAL ON)

# integration.changetracking (issue 13): the sync verifies changed block tracking per disk (its
# backing's changeId and the -ctk.vmdk file on the datastore) and records background import
# verified. A lab of its own (no target).
add_test(NAME integration.changetracking
    COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/scale/change-tracking" "${PROJECT_SOURCE_DIR}"
        "$<TARGET_FILE:ferryctl>")
set_tests_properties(integration.changetracking PROPERTIES LABELS integration TIMEOUT 600
    SKIP_RETURN_CODE 77 RUN_SERIAL ON)

# integration.conversionsession (issue 13): the source's session ends during the guest
# conversion's reads (the relay's threads); the migration's thread logs in again for them and the
# VM lands byte-identical, no session left open. A lab of its own and the libguestfs appliance
# under TCG: about 1 to 2 minutes.
add_test(NAME integration.conversionsession
    COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/scale/conversion-session" "${PROJECT_SOURCE_DIR}"
        "$<TARGET_FILE:ferryctl>")
set_tests_properties(integration.conversionsession PROPERTIES LABELS integration TIMEOUT 900
    SKIP_RETURN_CODE 77 RUN_SERIAL ON)
