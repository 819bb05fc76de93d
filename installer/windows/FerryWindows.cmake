# Windows installer (NSIS, plus a ZIP of the same tree). Included by cmake/FerryPackaging.cmake
# inside if(WIN32); it cannot be built on Linux. See installer/windows/README.md for the steps.
#
# The installed tree:
#   bin/ferry.exe, bin/ferryctl.exe   the same targets as on Linux
#   bin/*.dll, bin/platforms/ ...     Qt, qtkeychain and yaml-cpp, placed by windeployqt and
#                                     the runtime-dependency set below
#   doc/user-guide.md, screenshots    the same user guide the Linux package installs

# The application icon (rendered from resources/icons/ferry.svg by ferry_icons at build time)
# and version information in the executable.
set(FERRY_WINDOWS_ICON "${FERRY_ICON_DIR}/${FERRY_APP_ID}.ico")
file(TO_NATIVE_PATH "${FERRY_WINDOWS_ICON}" FERRY_WINDOWS_ICON_NATIVE)
string(REPLACE "\\" "\\\\" FERRY_WINDOWS_ICON_RC "${FERRY_WINDOWS_ICON_NATIVE}")
configure_file("${PROJECT_SOURCE_DIR}/installer/windows/ferry.rc.in"
    "${PROJECT_BINARY_DIR}/installer/ferry.rc" @ONLY)
target_sources(ferry PRIVATE "${PROJECT_BINARY_DIR}/installer/ferry.rc")
set_source_files_properties("${PROJECT_BINARY_DIR}/installer/ferry.rc" PROPERTIES
    OBJECT_DEPENDS "${FERRY_WINDOWS_ICON}")
add_dependencies(ferry ferry_app_icons)

# qtkeychain must store secrets in the Windows Credential Manager: that is what qtkeychain does on
# Windows unless it is configured with -DUSE_CREDENTIAL_STORE=OFF (an old DPAPI-encrypted file
# store). vcpkg's qtkeychain-qt6 port keeps the default; README.md says how to check a build.

# Libraries that are not Qt (qtkeychain, yaml-cpp and what vcpkg built them with): found from
# the executables' imports and copied from the vcpkg tree. Qt's own DLLs come from windeployqt.
set(_ferry_dll_dirs "$<TARGET_FILE_DIR:ferry>")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND _ferry_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
foreach(_prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND _ferry_dll_dirs "${_prefix}/bin")
endforeach()
install(TARGETS ferry ferryctl
    RUNTIME_DEPENDENCY_SET ferry_runtime_deps
    RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(RUNTIME_DEPENDENCY_SET ferry_runtime_deps
    PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "[Qq]t6.*\\.dll"
    POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll"
    DIRECTORIES ${_ferry_dll_dirs}
    DESTINATION "${CMAKE_INSTALL_BINDIR}")

# windeployqt: copies Qt's DLLs, the platform, style, image-format, SQL-driver and TLS plug-ins
# and Qt's own translations next to the installed executables. It runs when the tree is
# installed, so both `cmake --install` and cpack (which installs into its staging directory)
# produce a self-contained tree.
find_program(FERRY_WINDEPLOYQT windeployqt windeployqt6
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${Qt6_DIR}/../../../bin" REQUIRED)
install(CODE "
    set(_bin \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    message(STATUS \"windeployqt: \${_bin}\")
    execute_process(
        COMMAND \"${FERRY_WINDEPLOYQT}\" --no-compiler-runtime --no-system-d3d-compiler
            --no-opengl-sw --no-quick-import
            \"\${_bin}/ferry.exe\" \"\${_bin}/ferryctl.exe\"
        RESULT_VARIABLE _result)
    if(NOT _result EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed: \${_result}\")
    endif()
")

# The MSVC runtime, installed by the installer itself (no separate redistributable).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# NSIS: per-machine install under Program Files\Ferry, Start-menu entry, uninstaller (listed in
# Apps & features with the icon), ferryctl optionally on PATH.
set(CPACK_NSIS_DISPLAY_NAME "Ferry ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME "Ferry")
set(CPACK_NSIS_MUI_ICON "${FERRY_WINDOWS_ICON}")
set(CPACK_NSIS_MUI_UNIICON "${FERRY_WINDOWS_ICON}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\ferry.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MENU_LINKS "doc/user-guide.md" "Ferry User Guide")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "ferry.exe")
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall Ferry")
set(CPACK_NSIS_BRANDING_TEXT "Ferry ${PROJECT_VERSION}")
# A stable key so that a newer installer replaces an older one.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Ferry")
