# Fault tests (issue 8, docs/hardening.md): dead, stalled and cut servers, a certificate that
# changes mid-run, a locked or stopped keychain; against the lab's peers through a loopback proxy.
ferry_add_test(NAME faults LABEL integration SOURCES test_faults.cpp tcpproxy.h
    LIBS ferry_core Qt6::Network TIMEOUT 600)
add_dependencies(test_faults ferryctl)


# kill -9 of the engine at many points of a migration, then the secret search (issue 8).
ferry_add_test(NAME crashconsistency LABEL integration SOURCES test_crashconsistency.cpp
    LIBS ferry_core Qt6::Sql TIMEOUT 1500)
add_dependencies(test_crashconsistency ferryctl)
set_property(TEST integration.crashconsistency APPEND PROPERTY ENVIRONMENT
    QTEST_FUNCTION_TIMEOUT=1400000)
