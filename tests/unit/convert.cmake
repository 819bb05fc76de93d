# Guest conversion (src/core/convert): the text written into guests and guestfish's answers.
ferry_add_test(NAME linuxconfig LABEL unit SOURCES test_linuxconfig.cpp LIBS ferry_convert)
