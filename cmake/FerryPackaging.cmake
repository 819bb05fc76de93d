# Installation and packages. Included from the top-level CMakeLists.txt after src/, so the ferry
# and ferryctl targets exist. The same targets and resources go into every package:
#   bin/ferry, bin/ferryctl                     (the executables; their install rules are in src/)
#   share/applications/<id>.desktop              (Linux)
#   share/metainfo/<id>.metainfo.xml             (Linux, AppStream)
#   share/icons/hicolor/<N>x<N>/apps/<id>.png    (rendered from resources/icons/ferry.svg)
#   share/icons/hicolor/scalable/apps/<id>.svg
#   share/doc/ferry/user-guide.md, screenshots   (opened by Help > User Guide)
#   lib/systemd/system/ferry-engine.service      (Linux: the engine as a service, not enabled;
#   share/doc/ferry/engine.env.example            the postinst creates its user, ferry)
# Linux: `cpack -G DEB` in the build tree (see docs/installers.md); Windows: NSIS, configured in
# installer/windows/FerryWindows.cmake.

include(GNUInstallDirs)

set(FERRY_APP_ID "invalid.ferry.Ferry")
if(WIN32)
    set(FERRY_INSTALL_DOCDIR "doc")
else()
    set(FERRY_INSTALL_DOCDIR "${CMAKE_INSTALL_DATADIR}/doc/ferry")
endif()

# ferry_icons renders the SVG application icon into PNGs of every hicolor size and a .ico.
add_executable(ferry_icons "${PROJECT_SOURCE_DIR}/installer/tools/ferry_icons.cpp")
target_link_libraries(ferry_icons PRIVATE ferry_build_settings Qt6::Gui Qt6::Svg)
set(FERRY_ICON_DIR "${PROJECT_BINARY_DIR}/icons")
set(FERRY_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(_ferry_icon_outputs "${FERRY_ICON_DIR}/${FERRY_APP_ID}.ico")
foreach(size IN LISTS FERRY_ICON_SIZES)
    list(APPEND _ferry_icon_outputs
        "${FERRY_ICON_DIR}/hicolor/${size}x${size}/apps/${FERRY_APP_ID}.png")
endforeach()
add_custom_command(OUTPUT ${_ferry_icon_outputs}
    COMMAND ferry_icons "${PROJECT_SOURCE_DIR}/resources/icons/ferry.svg" "${FERRY_ICON_DIR}"
        "${FERRY_APP_ID}"
    DEPENDS ferry_icons "${PROJECT_SOURCE_DIR}/resources/icons/ferry.svg"
    COMMENT "Rendering the application icon")
add_custom_target(ferry_app_icons ALL DEPENDS ${_ferry_icon_outputs})

# The user guide and its screenshots, read by Help > User Guide from the installed location.
install(FILES "${PROJECT_SOURCE_DIR}/docs/user-guide.md"
    DESTINATION "${FERRY_INSTALL_DOCDIR}" OPTIONAL)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/screenshots/light"
    DESTINATION "${FERRY_INSTALL_DOCDIR}/screenshots" OPTIONAL
    FILES_MATCHING PATTERN "*.png")

if(UNIX AND NOT APPLE)
    install(FILES "${PROJECT_SOURCE_DIR}/installer/linux/${FERRY_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    configure_file("${PROJECT_SOURCE_DIR}/installer/linux/${FERRY_APP_ID}.metainfo.xml"
        "${PROJECT_BINARY_DIR}/installer/${FERRY_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${PROJECT_BINARY_DIR}/installer/${FERRY_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/ferry.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${FERRY_APP_ID}.svg")
    foreach(size IN LISTS FERRY_ICON_SIZES)
        install(FILES "${FERRY_ICON_DIR}/hicolor/${size}x${size}/apps/${FERRY_APP_ID}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    # The engine as a systemd service (docs/scale.md, "Running as a service"): in the .deb
    # /usr/lib/systemd/system, where systemd looks for packaged units (merged /usr: the same
    # directory as /lib/systemd/system).
    install(FILES "${PROJECT_SOURCE_DIR}/installer/linux/ferry-engine.service"
        DESTINATION "lib/systemd/system")
    install(FILES "${PROJECT_SOURCE_DIR}/installer/linux/engine.env.example"
        DESTINATION "${FERRY_INSTALL_DOCDIR}")
endif()

# Package metadata shared by every generator.
set(CPACK_PACKAGE_NAME "ferry")
set(CPACK_PACKAGE_VENDOR "The Ferry developers")
set(CPACK_PACKAGE_CONTACT "Ferry maintainers <maintainers@ferry.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Ferry copies virtual machines from VMware vCenter Server and ESXi hosts to Incus and LXD \
servers: it imports each source's inventory, maps networks, selects the instances of a batch \
with an expression and migrates them during the windows you set. The package contains the \
desktop application (ferry) and the command-line tool (ferryctl), which share one database.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Ferry")
set(CPACK_PACKAGE_EXECUTABLES "ferry;Ferry")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/;/\\\\.git/;/\\\\.cache/")

# Debian 12 (bookworm). Explicit runtime dependencies on Debian's packages, checked by the
# package.deb test against what the installed binaries really load (dpkg -S of every NEEDED
# library), plus the plug-ins Qt loads at run time: the SQLite driver, the X11/Wayland platform
# plug-ins and the SVG image and icon engines.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libc6 (>= 2.34), libstdc++6 (>= 12), libgcc-s1, \
libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6network6 (>= 6.4), \
libqt6sql6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6svg6 (>= 6.4), libqt6dbus6 (>= 6.4), \
libqt6qml6 (>= 6.4), qt6-qpa-plugins (>= 6.4), \
libqt6keychain1 (>= 0.13), libyaml-cpp0.7 (>= 0.7), libssl3 (>= 3.0), adduser")
# postinst creates the user ferry-engine.service runs as (adduser, hence the dependency); prerm
# stops the service before removal. Neither enables nor starts it.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${PROJECT_SOURCE_DIR}/installer/linux/postinst"
    "${PROJECT_SOURCE_DIR}/installer/linux/prerm" "${PROJECT_SOURCE_DIR}/installer/linux/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "lxd-client | incus-client")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

if(WIN32)
    include("${PROJECT_SOURCE_DIR}/installer/windows/FerryWindows.cmake")
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
endif()

include(CPack)
