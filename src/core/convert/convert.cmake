# Guest conversion (issue 16): libguestfs (guestfish in remote mode) changes a guest disk exposed
# over NBD through a copy-on-write overlay (nbdkit's cow filter), so that a VMware guest boots on
# Incus/LXD hardware. Linux guests, and Windows guests with a virtio-win ISO (guestconverter.h
# picks the converter); libguestfs at run time (Linux only); the code builds everywhere.
ferry_layer(convert DEPENDS util SOURCES
    convert/conversiontypes.h convert/conversiontypes.cpp
    convert/linuxconfig.h convert/linuxconfig.cpp convert/linuxnetaddress.cpp
    convert/linuxnettext.h convert/linuxnettext.cpp convert/linuxnetrename.cpp
    convert/guestfishsession.h convert/guestfishsession.cpp
    convert/cowoverlay.h convert/cowoverlay.cpp
    convert/diskprobe.h convert/diskprobe.cpp
    convert/guestdryrun.h convert/guestdryrun.cpp
    convert/linuxconverter.h convert/linuxconverter.cpp
    convert/virtiowinlayout.h convert/virtiowinlayout.cpp
    convert/windowsregistry.h convert/windowsregistry.cpp
    convert/windowsconverter.h convert/windowsconverter.cpp
    convert/guestconverter.h convert/guestconverter.cpp
)
