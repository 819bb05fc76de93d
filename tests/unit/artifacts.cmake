# Unit tests of artifacts (src/core/artifacts and ferryctl artifact); paths relative to
# tests/unit. They make small ISO images with xorriso and skip without it.
ferry_add_test(NAME artifacts LABEL unit SOURCES test_artifacts.cpp LIBS ferry_core)
ferry_add_test(NAME artifactcommands LABEL unit SOURCES test_artifactcommands.cpp LIBS ferry_core)
add_dependencies(test_artifactcommands ferryctl)
