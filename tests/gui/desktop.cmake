# GUI tests of issue 7: settings dialog, user guide window, German translation, accessibility.
ferry_add_test(NAME settingsdialog LABEL gui
    SOURCES test_settingsdialog.cpp guitestsupport.h LIBS ferry_gui)
# Settings > Database; with FERRY_TEST_PG_ENV the same executable runs the connection tests
# instead, as pg.databasesettings on the tests' PostgreSQL.
ferry_add_test(NAME databasesettings LABEL gui
    SOURCES test_databasesettings.cpp guitestsupport.h LIBS ferry_gui)
add_test(NAME pg.databasesettings COMMAND test_databasesettings)
set_tests_properties(pg.databasesettings PROPERTIES LABELS pg TIMEOUT 120
    FIXTURES_REQUIRED ferry_pg
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FERRY_TEST_PG_ENV=${FERRY_PG_DIR}/pg.env"
    SKIP_REGULAR_EXPRESSION "Totals: [0-9]+ passed, 0 failed, [1-9][0-9]* skipped")
ferry_add_test(NAME accessibility LABEL gui
    SOURCES test_accessibility.cpp accessibilitycheck.h guitestsupport.h guitestdata.h
    LIBS ferry_gui TIMEOUT 300)
# Not a test: renders the user guide's screenshots (scripts/screenshots).
add_executable(ferry_docs_screenshots EXCLUDE_FROM_ALL docscreenshots.cpp)
target_link_libraries(ferry_docs_screenshots PRIVATE ferry_build_settings ferry_gui Qt6::Test)
target_include_directories(ferry_docs_screenshots PRIVATE "${PROJECT_SOURCE_DIR}/tests")
ferry_add_test(NAME germantranslation LABEL gui
    SOURCES test_germantranslation.cpp guitestsupport.h LIBS ferry_gui)
