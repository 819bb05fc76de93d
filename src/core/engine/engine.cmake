# The migration engine (issue 6): the queue state machine, migration jobs and the scheduler.
target_sources(ferry_core PRIVATE
    engine/queuestatemachine.h engine/queuestatemachine.cpp
    engine/vspherevm.h engine/vspherevm.cpp
    engine/targetcleanup.h engine/targetcleanup.cpp
    engine/migrationjob.h engine/migrationjob.cpp
    engine/engine.h engine/engine.cpp
    engine/scheduling.h engine/scheduling.cpp
    engine/queueactions.h engine/queueactions.cpp
)
# transfer/ hashes disks with OpenSSL's SHA-256 (its SHA extensions path; Qt 6.4's own is about
# five times slower and was the copy's bottleneck). libcrypto is what Qt's TLS loads anyway.
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
target_link_libraries(ferry_core PRIVATE OpenSSL::Crypto)
