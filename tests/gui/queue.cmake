# The Queue page (issue 6): the model and filter under QAbstractItemModelTester, the page on a
# temporary database (filters, details, actions, the engine lock held elsewhere, notifications).
ferry_add_test(NAME queuemodel LABEL gui
    SOURCES test_queuemodel.cpp guitestdata.h queuetestdata.h LIBS ferry_gui)
ferry_add_test(NAME queuepage LABEL gui
    SOURCES test_queuepage.cpp guitestdata.h queuetestdata.h LIBS ferry_gui)

# Not a test: grabs the Queue page during a real lab migration (see the file's comment).
add_executable(ferry_queue_screenshot EXCLUDE_FROM_ALL queuescreenshot.cpp)
target_link_libraries(ferry_queue_screenshot PRIVATE ferry_build_settings ferry_gui Qt6::Test)
target_include_directories(ferry_queue_screenshot PRIVATE "${PROJECT_SOURCE_DIR}/tests")

# The Queue page watching a real migration of the lab's `Debian Bookworm` by its own engine.
ferry_add_test(NAME queuelab LABEL integration
    SOURCES test_queuelab.cpp guitestsupport.h LIBS ferry_gui TIMEOUT 600)

# The Queue page's Engines panel and Engine column (issue 15): two engines of other processes
# on a temporary database, one with a late heartbeat.
ferry_add_test(NAME enginespanel LABEL gui
    SOURCES test_enginespanel.cpp guitestdata.h queuetestdata.h accessibilitycheck.h
    LIBS ferry_gui)

# Not a test: the Queue page with its Engines panel open, three engines of other machines (see
# the file's comment); no lab needed.
add_executable(ferry_engines_screenshot EXCLUDE_FROM_ALL enginesscreenshot.cpp)
target_link_libraries(ferry_engines_screenshot PRIVATE ferry_build_settings ferry_gui Qt6::Test)
target_include_directories(ferry_engines_screenshot PRIVATE "${PROJECT_SOURCE_DIR}/tests")
# The same test on PostgreSQL: the notification path (a fresh database on the tests' server).
add_test(NAME pg.enginespanel COMMAND test_enginespanel notificationsRefreshThePanel)
set_tests_properties(pg.enginespanel PROPERTIES LABELS pg TIMEOUT 120 FIXTURES_REQUIRED ferry_pg
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FERRY_TEST_DATABASE=postgresql;FERRY_TEST_PG_ENV=${FERRY_PG_DIR}/pg.env"
    SKIP_REGULAR_EXPRESSION "Totals: [0-9]+ passed, 0 failed, [1-9][0-9]* skipped")
