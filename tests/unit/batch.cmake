# Unit tests of batches (src/core/batch and ferryctl batch); paths relative to tests/unit.
ferry_add_test(NAME batchyaml LABEL unit SOURCES test_batchyaml.cpp LIBS ferry_core)
ferry_add_test(NAME batchwindows LABEL unit SOURCES test_batchwindows.cpp LIBS ferry_core)
ferry_add_test(NAME batchplacement LABEL unit SOURCES test_batchplacement.cpp LIBS ferry_core)
ferry_add_test(NAME batchpreflight LABEL unit SOURCES test_batchpreflight.cpp LIBS ferry_core)
ferry_add_test(NAME batchservice LABEL unit SOURCES test_batchservice.cpp LIBS ferry_core)
ferry_add_test(NAME batchcommands LABEL unit SOURCES test_batchcommands.cpp LIBS ferry_core)
add_dependencies(test_batchcommands ferryctl)
