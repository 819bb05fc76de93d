# GUI tests of issue 7: settings dialog, user guide window, German translation, accessibility.
ferry_add_test(NAME settingsdialog LABEL gui
    SOURCES test_settingsdialog.cpp guitestsupport.h LIBS ferry_gui)
ferry_add_test(NAME accessibility LABEL gui
    SOURCES test_accessibility.cpp accessibilitycheck.h guitestsupport.h guitestdata.h
    LIBS ferry_gui TIMEOUT 300)
# Not a test: renders the user guide's screenshots (scripts/screenshots).
add_executable(ferry_docs_screenshots EXCLUDE_FROM_ALL docscreenshots.cpp)
target_link_libraries(ferry_docs_screenshots PRIVATE ferry_build_settings ferry_gui Qt6::Test)
target_include_directories(ferry_docs_screenshots PRIVATE "${PROJECT_SOURCE_DIR}/tests")
ferry_add_test(NAME germantranslation LABEL gui
    SOURCES test_germantranslation.cpp guitestsupport.h LIBS ferry_gui)
