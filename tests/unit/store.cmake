# Unit tests of the store's repositories (paths relative to tests/unit).
foreach(name target instance network batch queue artifact warning settings enginelock)
    if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/test_${name}repository.cpp")
        ferry_add_test(NAME ${name}repository LABEL unit
            SOURCES test_${name}repository.cpp LIBS ferry_core)
    endif()
endforeach()
