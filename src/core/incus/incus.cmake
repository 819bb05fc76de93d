# Incus and LXD targets (issue 4): the REST client, client certificates, the target service and
# its inventory.
target_sources(ferry_core PRIVATE
    incus/incustypes.h
    incus/incusclient.h incus/incusclient.cpp
    incus/clientcertificate.h incus/clientcertificate.cpp
    incus/targetconfig.h incus/targetconfig.cpp
    incus/targetconnection.h incus/targetconnection.cpp
    incus/targetstate.h incus/targetstate.cpp
    targets/targetinventory.h targets/targetinventory.cpp
    targets/targetservice.h targets/targetservice.cpp
)
