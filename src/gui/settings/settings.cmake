# Settings dialog, the desktop's preferences (language, theme) and translations loading (issue 7).
target_sources(ferry_gui PRIVATE
    settings/preferences.h settings/preferences.cpp
    settings/settingsdialog.h settings/settingsdialog.cpp
    settings/databasesettingswidget.h settings/databasesettingswidget.cpp
)
# Help > User Guide: found beside the executable (../share/doc/ferry, as installed; the build tree
# gets a copy from src/app) or where FERRY_USER_GUIDE says. No source path is built in.
target_sources(ferry_gui PRIVATE help/userguidewindow.h help/userguidewindow.cpp)

# Translations: translations/ferry_<lang>.ts compiled by lrelease and built into ferry_gui under
# :/ferry/translations (settings/preferences.cpp loads them). `ninja ferry_lupdate` refreshes the
# .ts files from the sources and forms (lupdate; then translate with Qt Linguist). It reads every
# folder whose texts the desktop shows: the core's messages as much as the GUI's; not src/cli,
# which prints English only (D-i18n-2). FERRY_LUPDATE_DIRS is also what test_germantranslation
# runs lupdate over, to fail on a text nobody translated.
# ferry_en.ts holds only the English plural forms ("%n VM(s)" -> "1 VM", "2 VMs"): lupdate
# -pluralonly.
set(FERRY_TS_FILES "${PROJECT_SOURCE_DIR}/translations/ferry_de.ts")
set(FERRY_TS_PLURALS_FILE "${PROJECT_SOURCE_DIR}/translations/ferry_en.ts")
set(FERRY_LUPDATE_DIRS src/app src/core src/gui ui)
qt_add_lrelease(ferry_gui TS_FILES ${FERRY_TS_FILES} ${FERRY_TS_PLURALS_FILE}
    QM_FILES_OUTPUT_VARIABLE FERRY_QM_FILES)
qt_add_resources(ferry_gui "ferry_translations"
    PREFIX "/ferry/translations"
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${FERRY_QM_FILES})
# Without -no-obsolete: a text whose context changed keeps its old entry as "vanished", so Qt
# Linguist (and test_germantranslation's failure message) can offer its translation again.
set(FERRY_LUPDATE_OPTIONS -locations relative -no-ui-lines -extensions cpp,h,ui
    -I "${PROJECT_SOURCE_DIR}/src/core" -I "${PROJECT_SOURCE_DIR}/src/gui")
add_custom_target(ferry_lupdate
    COMMAND Qt6::lupdate ${FERRY_LUPDATE_OPTIONS} ${FERRY_LUPDATE_DIRS} -ts ${FERRY_TS_FILES}
    COMMAND Qt6::lupdate ${FERRY_LUPDATE_OPTIONS} -pluralonly ${FERRY_LUPDATE_DIRS}
        -ts ${FERRY_TS_PLURALS_FILE}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Updating the translation sources"
    VERBATIM)
