# The disk data path (issue 6): Ferry's streamed import against plain HTTP clients, peak memory,
# a mostly empty disk. Run by bench/transfer (bench/run transfer).
add_executable(bench_transfer bench_transfer.cpp)
target_link_libraries(bench_transfer PRIVATE ferry_build_settings ferry_core)
target_include_directories(bench_transfer PRIVATE "${PROJECT_SOURCE_DIR}/tests")
