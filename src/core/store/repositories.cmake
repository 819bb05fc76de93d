# Repositories of the store layer (one class per table group).
target_sources(ferry_core PRIVATE
    store/sourcerepository.h store/sourcerepository.cpp
)
