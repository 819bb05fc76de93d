#The migration engine(issue 6) : the queue state machine, migration jobs and the scheduler.
target_sources(ferry_core PRIVATE engine / queuestatemachine.h engine / queuestatemachine.cpp)
