# The keychain tells a locked Secret Service collection from a missing entry over D-Bus
# (credentialstore.cpp) where Qt's D-Bus module is available (Linux).
find_package(Qt6 6.4 QUIET COMPONENTS DBus)
if(TARGET Qt6::DBus)
    target_link_libraries(ferry_core PRIVATE Qt6::DBus)
    set_property(SOURCE secrets/credentialstore.cpp APPEND PROPERTY COMPILE_DEFINITIONS
        FERRY_HAVE_QTDBUS)
endif()
