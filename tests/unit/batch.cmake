# Unit tests of batches (src/core/batch and ferryctl batch); paths relative to tests/unit.
ferry_add_test(NAME batchyaml LABEL unit SOURCES test_batchyaml.cpp LIBS ferry_core)
