# Batches (issue 5): YAML, validation, windows, placement (with the JavaScript placement
# script), pre-flight checks and the batch service.
ferry_layer(batch DEPENDS expr targets convert artifacts LIBS yaml-cpp SOURCES
    batch/batchconfig.h batch/batchconfig.cpp
    batch/windows.h batch/windows.cpp
    batch/batchrules.h batch/batchrules.cpp
    batch/selection.h batch/selection.cpp
    batch/batchtime.h batch/batchtime.cpp
    batch/batchyaml.h batch/batchyaml.cpp
    batch/batchyamlsuggest.h batch/batchyamlsuggest.cpp
    batch/batchyamlsource.h batch/batchyamlsource.cpp
    batch/batchyamlfields.h batch/batchyamlfields.cpp
    batch/batchyamlschema.h batch/batchyamlschema.cpp
    batch/batchyamlwriter.cpp
    batch/placementscript.h
    batch/placement.h batch/placement.cpp
    batch/preflight.h batch/preflight.cpp
    batch/batchservice.h batch/batchservice.cpp
)

# Placement scripts run on QJSEngine when Qt Qml is installed (Debian: qt6-declarative-dev);
# without it the core builds all the same and refuses scripts with a clear message.
find_package(Qt6 QUIET COMPONENTS Qml)
if(TARGET Qt6::Qml)
    target_sources(ferry_batch PRIVATE batch/placementscript.cpp)
    target_link_libraries(ferry_batch PRIVATE Qt6::Qml)
else()
    message(STATUS "Qt Qml not found: placement scripts are disabled")
    target_sources(ferry_batch PRIVATE batch/placementscript_unavailable.cpp)
endif()

# The selection language (src/core/expr) is adapted in batch/selection.cpp (the fuzz build of the
# YAML loader can leave it out).
set_source_files_properties(batch/selection.cpp PROPERTIES COMPILE_DEFINITIONS FERRY_HAVE_EXPR)
