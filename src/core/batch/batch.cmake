# Batches (issue 5): YAML, validation, windows, placement (with the JavaScript placement
# script), pre-flight checks and the batch service.
target_sources(ferry_core PRIVATE
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
# without it ferry_core builds all the same and refuses scripts with a clear message.
find_package(Qt6 QUIET COMPONENTS Qml)
if(TARGET Qt6::Qml)
    target_sources(ferry_core PRIVATE batch/placementscript.cpp)
    target_link_libraries(ferry_core PRIVATE Qt6::Qml)
else()
    message(STATUS "Qt Qml not found: placement scripts are disabled")
    target_sources(ferry_core PRIVATE batch/placementscript_unavailable.cpp)
endif()

# The selection language (src/core/expr) is adapted in batch/selection.cpp; until its sources are
# part of ferry_core, that adapter understands only `true` and `false`. Checked once every
# include of src/core/CMakeLists.txt has run, whatever their order.
function(ferry_batch_use_expr)
    get_target_property(_sources ferry_core SOURCES)
    list(FILTER _sources INCLUDE REGEX "(^|/)expr/expression\\.cpp$")
    if(_sources)
        set_source_files_properties(batch/selection.cpp PROPERTIES COMPILE_DEFINITIONS FERRY_HAVE_EXPR)
    else()
        message(STATUS "Batches: the selection language is not built yet; expressions are limited")
    endif()
endfunction()
cmake_language(DEFER CALL ferry_batch_use_expr)
