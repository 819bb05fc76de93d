# One interface target carries the language level, warnings and Qt strictness macros for every
# Ferry target (core, gui, executables, tests).
add_library(ferry_build_settings INTERFACE)
target_compile_features(ferry_build_settings INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(ferry_build_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wcast-align -Wnon-virtual-dtor -Woverloaded-virtual
    -Wno-missing-field-initializers)

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

option(FERRY_WERROR "Treat warnings as errors" OFF)
if(FERRY_WERROR)
    target_compile_options(ferry_build_settings INTERFACE -Werror)
endif()

option(FERRY_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(FERRY_SANITIZE)
    target_compile_options(ferry_build_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(ferry_build_settings INTERFACE -fsanitize=address,undefined)
endif()
