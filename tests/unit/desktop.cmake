# Unit tests of issue 7 (settings, diagnostics, ferryctl help); paths relative to tests/unit.
ferry_add_test(NAME diagnostics LABEL unit SOURCES test_diagnostics.cpp LIBS ferry_core Qt6::Sql)
target_compile_definitions(test_diagnostics PRIVATE FERRY_TEST_VERSION="${PROJECT_VERSION}")
add_dependencies(test_diagnostics ferryctl)
ferry_add_test(NAME ferryctl_help LABEL unit SOURCES test_ferryctl_help.cpp LIBS ferry_cli)
add_dependencies(test_ferryctl_help ferryctl)
