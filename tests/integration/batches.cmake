# Batches end to end against the lab (issue 5): ferryctl as a process, the vCenter simulator as
# the source and the lab's LXD as the target.
ferry_add_test(NAME batches LABEL integration SOURCES test_batches.cpp LIBS ferry_core TIMEOUT 300)
add_dependencies(test_batches ferryctl)
