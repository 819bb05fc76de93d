# Database write rate (issue 8): instance upserts, progress updates and log lines per second.
add_executable(bench_dbwrite bench_dbwrite.cpp)
target_link_libraries(bench_dbwrite PRIVATE ferry_build_settings ferry_core)
add_dependencies(bench_all bench_dbwrite)
