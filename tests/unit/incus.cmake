# Unit tests of the Incus/LXD targets (issue 4), on recorded responses in tests/fixtures/incus.
ferry_add_test(NAME incusclient LABEL unit SOURCES test_incusclient.cpp LIBS ferry_core)
