# Settings dialog, the desktop's preferences (language, theme) and translations loading (issue 7).
target_sources(ferry_gui PRIVATE
    settings/preferences.h settings/preferences.cpp
    settings/settingsdialog.h settings/settingsdialog.cpp
)
# Help > User Guide: found beside the executable (../share/doc/ferry, as installed; the build tree
# gets a copy from src/app) or where FERRY_USER_GUIDE says. No source path is built in.
target_sources(ferry_gui PRIVATE help/userguidewindow.h help/userguidewindow.cpp)

# Translations: translations/ferry_<lang>.ts compiled by lrelease and built into ferry_gui under
# :/ferry/translations (settings/preferences.cpp loads them). `ninja ferry_lupdate` refreshes the
# .ts files from the sources and forms (lupdate; then translate with Qt Linguist).
set(FERRY_TS_FILES "${PROJECT_SOURCE_DIR}/translations/ferry_de.ts")
qt_add_lrelease(ferry_gui TS_FILES ${FERRY_TS_FILES} QM_FILES_OUTPUT_VARIABLE FERRY_QM_FILES)
qt_add_resources(ferry_gui "ferry_translations"
    PREFIX "/ferry/translations"
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${FERRY_QM_FILES})
add_custom_target(ferry_lupdate
    COMMAND Qt6::lupdate -locations relative -no-ui-lines -extensions cpp,h,ui
        "${PROJECT_SOURCE_DIR}/src/gui" "${PROJECT_SOURCE_DIR}/ui" -ts ${FERRY_TS_FILES}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Updating the translation sources"
    VERBATIM)
