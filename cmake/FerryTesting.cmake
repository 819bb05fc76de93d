# ferry_add_test(NAME <name> LABEL unit|gui|integration SOURCES ... [LIBS ...] [TIMEOUT s]
#                [FIXTURES ...])
# Builds one QtTest executable per test class and registers it with CTest under its label.
# GUI tests run on the offscreen platform; integration tests require the lab fixture.
#
# Skips: QtTest prints "SKIP   : Class::function() reason" for each QSKIP and exits 0, which CTest
# would count as passed. SKIP_REGULAR_EXPRESSION makes CTest report the test as skipped ("Not
# Run"), but CTest applies it even when the test failed (a failure with a skip in its output would
# be reported as a skip, and CTest's exit code would be 0). So the expression matches QtTest's
# summary line instead, and only when nothing failed and something was skipped:
#     Totals: 12 passed, 0 failed, 1 skipped, 0 blacklisted, 345ms
# A test that crashes prints no summary and fails. A test of which some functions pass and some
# skip is reported as skipped as a whole: then it is visible in CTest's summary, and its output
# (ctest -V, or Testing/Temporary/LastTest.log) names the functions. See docs/testing.md.
function(ferry_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS;FIXTURES" ${ARGN})
    if(NOT T_NAME OR NOT T_LABEL OR NOT T_SOURCES)
        message(FATAL_ERROR "ferry_add_test needs NAME, LABEL and SOURCES")
    endif()
    set(exe "test_${T_NAME}")
    add_executable(${exe} ${T_SOURCES})
    target_link_libraries(${exe} PRIVATE ferry_build_settings Qt6::Test ${T_LIBS})
    target_include_directories(${exe} PRIVATE "${PROJECT_SOURCE_DIR}/tests")
    add_test(NAME "${T_LABEL}.${T_NAME}" COMMAND ${exe})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set(skipped "Totals: [0-9]+ passed, 0 failed, [1-9][0-9]* skipped")
    set(env "QT_QPA_PLATFORM=offscreen" "FERRY_TEST_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
            "FERRY_TEST_BINARY_DIR=${PROJECT_BINARY_DIR}"
            "FERRY_LAB_ENV=${FERRY_LAB_DIR}/lab.env"
            "FERRYCTL=$<TARGET_FILE:ferryctl>" ${FERRY_SANITIZER_ENV})
    set_tests_properties("${T_LABEL}.${T_NAME}" PROPERTIES
        LABELS "${T_LABEL}" TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}"
        SKIP_REGULAR_EXPRESSION "${skipped}")
    if(T_LABEL STREQUAL "integration")
        set_property(TEST "${T_LABEL}.${T_NAME}" APPEND PROPERTY FIXTURES_REQUIRED ferry_lab)
        set_property(TEST "${T_LABEL}.${T_NAME}" APPEND PROPERTY RESOURCE_LOCK ferry_lab)
    endif()
    if(T_FIXTURES)
        set_property(TEST "${T_LABEL}.${T_NAME}" APPEND PROPERTY FIXTURES_REQUIRED ${T_FIXTURES})
    endif()
endfunction()

# ferry_add_pg_test(NAME <name>)
# Registers the unit test <name> a second time, as pg.<name>, against the tests' own PostgreSQL
# (tests/lab/pg-start, fixture ferry_pg): FERRY_TEST_DATABASE=postgresql makes its
# TestDatabase (tests/common/testdatabase.h) create a fresh database per test function. Without
# the server it fails; FERRY_LAB_PARTIAL=1 turns that into a skip (docs/testing.md).
function(ferry_add_pg_test)
    cmake_parse_arguments(T "" "NAME" "" ${ARGN})
    if(NOT TEST "unit.${T_NAME}")
        message(FATAL_ERROR "ferry_add_pg_test: unit.${T_NAME} is not a test")
    endif()
    get_test_property("unit.${T_NAME}" ENVIRONMENT env)
    get_test_property("unit.${T_NAME}" TIMEOUT timeout)
    # Every statement is a round trip to the server, and each test function gets a database of
    # its own: pg.instancerepository takes about 45 s where unit.instancerepository takes 1 s.
    math(EXPR timeout "${timeout} * 3")
    list(APPEND env "FERRY_TEST_DATABASE=postgresql" "FERRY_TEST_PG_ENV=${FERRY_PG_DIR}/pg.env")
    add_test(NAME "pg.${T_NAME}" COMMAND "test_${T_NAME}")
    set(skipped "Totals: [0-9]+ passed, 0 failed, [1-9][0-9]* skipped")
    set_tests_properties("pg.${T_NAME}" PROPERTIES
        LABELS pg TIMEOUT ${timeout} ENVIRONMENT "${env}" SKIP_REGULAR_EXPRESSION "${skipped}"
        FIXTURES_REQUIRED ferry_pg)
endfunction()
