ferry_add_test(NAME sources LABEL integration SOURCES test_sources.cpp LIBS ferry_core Qt6::Network
    TIMEOUT 300)
add_dependencies(test_sources ferryctl)
ferry_add_test(NAME datastorechain LABEL integration SOURCES test_datastorechain.cpp
    LIBS ferry_core TIMEOUT 300)
