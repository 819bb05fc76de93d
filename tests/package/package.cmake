# package.deb: cpack builds the .deb from this build tree, the test unpacks and checks it and runs
# the installed programs (tests/package/test-deb). Label "package"; about a minute on two cores,
# counted in the integration time budget. Linux only, and only with the desktop application.
if(UNIX AND NOT APPLE AND FERRY_BUILD_GUI)
    find_program(FERRY_DPKG_DEB dpkg-deb)
    if(FERRY_DPKG_DEB)
        add_test(NAME package.deb
            COMMAND "${CMAKE_CURRENT_LIST_DIR}/test-deb" "${PROJECT_BINARY_DIR}")
        set_tests_properties(package.deb PROPERTIES LABELS package TIMEOUT 300
            RESOURCE_LOCK ferry_package)
    endif()
endif()

# package.serviceunit: the engine's systemd unit (installer/linux/ferry-engine.service) passes
# systemd-analyze verify and has the settings docs/scale.md describes; seconds, skipped without
# systemd-analyze. The package test checks the same unit inside the .deb. Label package, not
# unit: scripts/test's sanitizer tree builds a target test_<name> for every unit test, and this
# one is a script.
if(UNIX AND NOT APPLE)
    add_test(NAME package.serviceunit
        COMMAND "${CMAKE_CURRENT_LIST_DIR}/test-service-unit"
            "${PROJECT_SOURCE_DIR}/installer/linux/ferry-engine.service" "$<TARGET_FILE:ferryctl>")
    set_tests_properties(package.serviceunit PROPERTIES LABELS package TIMEOUT 60
        SKIP_RETURN_CODE 77)
endif()
