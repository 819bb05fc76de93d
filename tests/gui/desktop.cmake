# GUI tests of issue 7: settings dialog, user guide window, German translation, accessibility.
ferry_add_test(NAME settingsdialog LABEL gui
    SOURCES test_settingsdialog.cpp guitestsupport.h LIBS ferry_gui)
