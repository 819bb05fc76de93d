# Fault tests (issue 8, docs/hardening.md): dead, stalled and cut servers, a certificate that
# changes mid-run, a locked or stopped keychain; against the lab's peers through a loopback proxy.
ferry_add_test(NAME faults LABEL integration SOURCES test_faults.cpp tcpproxy.h
    LIBS ferry_core Qt6::Network TIMEOUT 600)
add_dependencies(test_faults ferryctl)

