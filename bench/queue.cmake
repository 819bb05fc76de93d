# The Queue dashboard (issue 6): reading and showing thousands of queue entries every second.
if(FERRY_BUILD_GUI)
    add_executable(bench_queue_view bench_queue_view.cpp)
    target_link_libraries(bench_queue_view PRIVATE ferry_build_settings ferry_gui Qt6::Test Qt6::Sql)
endif()

# Several engines on one queue (issue 15): the latency of a claim, alone and racing (bench/engines).
add_executable(bench_claim bench_claim.cpp)
target_link_libraries(bench_claim PRIVATE ferry_build_settings ferry_core)
