# Unit tests of the Incus/LXD targets (issue 4), on recorded responses in tests/fixtures/incus.
ferry_add_test(NAME incusclient LABEL unit SOURCES test_incusclient.cpp LIBS ferry_targets)
ferry_add_test(NAME incuscertificate LABEL unit SOURCES test_incuscertificate.cpp LIBS ferry_incus)
ferry_add_test(NAME targetservice LABEL unit SOURCES test_targetservice.cpp LIBS ferry_core)
# Targets verified by certificate authority (ACME renewals) against a local HTTPS server with
# certificates openssl makes for the test; pinned targets refuse the renewal.
ferry_add_test(NAME targetcatrust LABEL unit SOURCES test_targetcatrust.cpp LIBS ferry_core)
ferry_add_test(NAME targetcommands LABEL unit SOURCES test_targetcommands.cpp LIBS ferry_core)
add_dependencies(test_targetcommands ferryctl)
