# One interface target carries the language level, warnings and Qt strictness macros for every
# Ferry target (core, gui, executables, tests).
add_library(ferry_build_settings INTERFACE)
target_compile_features(ferry_build_settings INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

# GCC and Clang; MSVC (the Windows build, docs/installers.md) takes /W4 instead.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(ferry_build_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wcast-align -Wnon-virtual-dtor -Woverloaded-virtual
        -Wshadow -Wcast-qual -Wold-style-cast -Wno-missing-field-initializers)
elseif(MSVC)
    target_compile_options(ferry_build_settings INTERFACE /W4 /permissive-)
endif()

target_compile_definitions(ferry_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# scripts/test (and so CI) builds with it on.
option(FERRY_WERROR "Treat warnings as errors" OFF)
if(FERRY_WERROR)
    if(MSVC)
        target_compile_options(ferry_build_settings INTERFACE /WX)
    else()
        target_compile_options(ferry_build_settings INTERFACE -Werror)
    endif()
endif()

# AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer; any finding aborts the
# process (no recovery), so a test that triggers one fails. scripts/test builds such a tree in
# build-asan and runs the unit and GUI tests in it (docs/hardening.md). Qt stays uninstrumented,
# so UBSan's vptr check is off: it misfires on Qt's classes.
option(FERRY_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(FERRY_SANITIZE)
    target_compile_options(ferry_build_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize=vptr -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    target_link_options(ferry_build_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize=vptr -fno-sanitize-recover=all)
    # Every finding fails the test that caused it; ferry_add_test passes these on.
    set(FERRY_SANITIZER_ENV
        "ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:strict_init_order=1:check_initialization_order=1:detect_stack_use_after_return=1"
        "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0")
endif()
