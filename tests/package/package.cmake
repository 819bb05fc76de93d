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
