# Guest conversion (src/core/convert): the text written into guests and guestfish's answers.
ferry_add_test(NAME linuxconfig LABEL unit SOURCES test_linuxconfig.cpp LIBS ferry_convert)
# The disk probe, qemu-img's map of the overlay and the guest's interface names.
ferry_add_test(NAME conversionpath LABEL unit SOURCES test_conversionpath.cpp LIBS ferry_convert)
# Step rename-nic-config on text: netplan, NetworkManager, systemd-networkd, ifcfg.
ferry_add_test(NAME nicrename LABEL unit SOURCES test_nicrename.cpp LIBS ferry_convert yaml-cpp)
# The conversion dry run's findings on a fake inspection result (no libguestfs).
ferry_add_test(NAME guestdryrun LABEL unit SOURCES test_guestdryrun.cpp LIBS ferry_convert)
# Windows conversion, pure parts: virtio-win ISO layout selection on file lists, the registry
# edits as .reg text and back, MountedDevices, the first-boot script's data.
ferry_add_test(NAME virtiowinlayout LABEL unit SOURCES test_virtiowinlayout.cpp LIBS ferry_convert)
# WindowsConverter with libguestfs (TCG) on a fake Windows Server 2019 NTFS disk with real hives
# and virtio-win ISOs built by tests/fixtures/windows/make_guest.sh: the hive edits read back,
# the copied drivers, an ISO without drivers (root on NVMe) and a BitLocker volume. 3.5 to 6
# minutes (six appliance starts under TCG): its own label, not in scripts/test's default run
# (ctest --test-dir build -L convert).
ferry_add_test(NAME windowsconverter LABEL convert SOURCES test_windowsconverter.cpp
    LIBS ferry_convert TIMEOUT 1800)
set_property(TEST convert.windowsconverter APPEND PROPERTY ENVIRONMENT
    QTEST_FUNCTION_TIMEOUT=900000)
