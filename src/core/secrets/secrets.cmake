# The OS keychain (qtkeychain) and, on servers, systemd credentials (read from
# $CREDENTIALS_DIRECTORY, written with systemd-creds). It tells a locked Secret Service
# collection from a missing entry over D-Bus (credentialstore.cpp) where Qt's D-Bus module is
# available (Linux).
ferry_layer(secrets DEPENDS util LIBS Qt6Keychain::Qt6Keychain SOURCES
    secrets/credentialstore.h secrets/credentialstore.cpp
    secrets/credentialdestination.h secrets/credentialdestination.cpp
    secrets/systemdcredentials.h secrets/systemdcredentials.cpp)
find_package(Qt6 6.4 QUIET COMPONENTS DBus)
if(TARGET Qt6::DBus)
    target_link_libraries(ferry_secrets PRIVATE Qt6::DBus)
    set_property(SOURCE secrets/credentialstore.cpp APPEND PROPERTY COMPILE_DEFINITIONS
        FERRY_HAVE_QTDBUS)
endif()
