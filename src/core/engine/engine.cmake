# The migration engine (issue 6): the queue state machine, migration jobs and the scheduler.
target_sources(ferry_core PRIVATE
    engine/queuestatemachine.h engine/queuestatemachine.cpp
    engine/targetconfig.h engine/targetconfig.cpp
    engine/vspherevm.h engine/vspherevm.cpp
    engine/migrationjob.h engine/migrationjob.cpp
    engine/engine.h engine/engine.cpp
    engine/scheduling.h engine/scheduling.cpp
)
