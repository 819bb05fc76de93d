# The migration engine (issue 6): the queue state machine, migration jobs and the scheduler.
ferry_layer(engine DEPENDS batch sources settings transfer vmware convert artifacts SOURCES
    engine/queuestatemachine.h engine/queuestatemachine.cpp
    engine/vspherevm.h engine/vspherevm.cpp
    engine/targetcleanup.h engine/targetcleanup.cpp
    engine/disksource.h engine/disksource.cpp
    engine/migrationjob.h engine/migrationjob.cpp
    engine/guestdryrun.h engine/guestdryrun.cpp
    engine/engine.h engine/engine.cpp
    engine/scheduling.h engine/scheduling.cpp
    engine/claim.h engine/claim.cpp
    engine/enginereach.h engine/enginereach.cpp
    engine/queueactions.h engine/queueactions.cpp
)
