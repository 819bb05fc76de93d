# Incus and LXD targets (issue 4): the REST client, client certificates, what Ferry writes and
# reads on a target. (The target service and its inventory are the targets layer.)
ferry_layer(incus DEPENDS model net LIBS yaml-cpp SOURCES
    incus/incustypes.h
    incus/incusclient.h incus/incusclient.cpp
    incus/clientcertificate.h incus/clientcertificate.cpp
    incus/targetconfig.h incus/targetconfig.cpp
    incus/targetconnection.h incus/targetconnection.cpp
    incus/targetstate.h incus/targetstate.cpp
    incus/oidc.h incus/oidc.cpp
)
