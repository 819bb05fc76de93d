# Unit tests of the Incus/LXD targets (issue 4), on recorded responses in tests/fixtures/incus.
ferry_add_test(NAME incusclient LABEL unit SOURCES test_incusclient.cpp LIBS ferry_targets)
ferry_add_test(NAME incuscertificate LABEL unit SOURCES test_incuscertificate.cpp LIBS ferry_incus)
ferry_add_test(NAME targetservice LABEL unit SOURCES test_targetservice.cpp LIBS ferry_core)
# Targets verified by certificate authority (ACME renewals) against a local HTTPS server with
# certificates openssl makes for the test; pinned targets refuse the renewal.
ferry_add_test(NAME targetcatrust LABEL unit SOURCES test_targetcatrust.cpp LIBS ferry_core)
ferry_add_test(NAME targetcommands LABEL unit SOURCES test_targetcommands.cpp LIBS ferry_core)
add_dependencies(test_targetcommands ferryctl)
# OIDC targets (issue 14, item 13): the device flow, refresh and bearer requests against a
# scripted OpenID provider and an HTTPS server answering like upstream Incus, with the tokens in a
# private gnome-keyring on a private D-Bus (with-private-keyring.sh).
add_executable(test_targetoidc test_targetoidc.cpp)
target_link_libraries(test_targetoidc PRIVATE ferry_build_settings Qt6::Test ferry_core)
target_include_directories(test_targetoidc PRIVATE "${PROJECT_SOURCE_DIR}/tests")
add_test(NAME unit.targetoidc
    COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/with-private-keyring.sh" $<TARGET_FILE:test_targetoidc>)
set_tests_properties(unit.targetoidc PROPERTIES LABELS unit TIMEOUT 120
    ENVIRONMENT
        "QT_QPA_PLATFORM=offscreen;FERRY_TEST_SOURCE_DIR=${PROJECT_SOURCE_DIR};FERRYCTL=$<TARGET_FILE:ferryctl>"
    SKIP_REGULAR_EXPRESSION "Totals: [0-9]+ passed, 0 failed, [1-9][0-9]* skipped")
add_dependencies(test_targetoidc ferryctl)
# The same against a real OpenID provider, Glewlwyd from Debian's archive, which the test starts
# on 127.0.0.1 in a temporary directory (skipped, saying so, where it is not installed).
add_executable(test_targetoidcglewlwyd test_targetoidcglewlwyd.cpp)
target_link_libraries(test_targetoidcglewlwyd PRIVATE ferry_build_settings Qt6::Test ferry_core)
target_include_directories(test_targetoidcglewlwyd PRIVATE "${PROJECT_SOURCE_DIR}/tests")
add_test(NAME unit.targetoidcglewlwyd
    COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/with-private-keyring.sh"
        $<TARGET_FILE:test_targetoidcglewlwyd>)
set_tests_properties(unit.targetoidcglewlwyd PROPERTIES LABELS unit TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
    SKIP_REGULAR_EXPRESSION "Totals: [0-9]+ passed, 0 failed, [1-9][0-9]* skipped")
