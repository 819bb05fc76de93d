# Batch wizard, Batches page and the network mappings table (issue 5 GUI): on a temporary
# database filled through the repositories, a target whose inventory refresh is faked.
ferry_add_test(NAME batchwizard LABEL gui
    SOURCES test_batchwizard.cpp guitestdata.h batchtestdata.h LIBS ferry_gui)
ferry_add_test(NAME batchesmodel LABEL gui SOURCES test_batchesmodel.cpp LIBS ferry_gui)
ferry_add_test(NAME windowsmodel LABEL gui SOURCES test_windowsmodel.cpp LIBS ferry_gui)
ferry_add_test(NAME dryrunmodel LABEL gui SOURCES test_dryrunmodel.cpp LIBS ferry_gui)
ferry_add_test(NAME preflightmodel LABEL gui SOURCES test_preflightmodel.cpp LIBS ferry_gui)
ferry_add_test(NAME batchespage LABEL gui
    SOURCES test_batchespage.cpp guitestdata.h batchtestdata.h LIBS ferry_gui)
ferry_add_test(NAME networkmappings LABEL gui
    SOURCES test_networkmappings.cpp guitestdata.h batchtestdata.h LIBS ferry_gui)

# Not a test: renders the wizard's pages, the Batches page and the mappings table to PNGs for
# docs/screenshots (see the file's comment).
add_executable(ferry_batch_screenshot EXCLUDE_FROM_ALL batchscreenshot.cpp)
target_link_libraries(ferry_batch_screenshot PRIVATE ferry_build_settings ferry_gui Qt6::Test)
target_include_directories(ferry_batch_screenshot PRIVATE "${PROJECT_SOURCE_DIR}/tests")
target_compile_definitions(ferry_batch_screenshot PRIVATE FERRY_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# The wizard's placement page against the lab's real LXD (the lab fixture starts it).
ferry_add_test(NAME batchwizardlab LABEL integration
    SOURCES test_batchwizardlab.cpp guitestdata.h LIBS ferry_gui TIMEOUT 300)
