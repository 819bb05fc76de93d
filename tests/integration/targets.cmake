# Incus/LXD targets against the lab's LXDs (issue 4): ferryctl as a process, the lab keyring.
ferry_add_test(NAME targetlab LABEL integration SOURCES test_targetlab.cpp
    LIBS ferry_core Qt6::Network TIMEOUT 300)
add_dependencies(test_targetlab ferryctl)
# ferryctl target login (issue 15): a host's own copy of a target's client key.
ferry_add_test(NAME targetlogin LABEL integration SOURCES test_targetlogin.cpp LIBS ferry_core)
add_dependencies(test_targetlogin ferryctl)
