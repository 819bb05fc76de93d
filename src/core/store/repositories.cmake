# Repositories of the store layer (one class per table group).
target_sources(ferry_core PRIVATE
    store/repositorysupport.h store/repositorysupport.cpp
    store/sourcerepository.h store/sourcerepository.cpp
    store/targetrepository.h store/targetrepository.cpp
    store/instancerepository.h store/instancerepository.cpp
    store/networkrepository.h store/networkrepository.cpp
    store/batchrepository.h store/batchrepository.cpp
    store/queuerepository.h store/queuerepository.cpp
    store/artifactrepository.h store/artifactrepository.cpp
    store/warningrepository.h store/warningrepository.cpp
    store/settingsrepository.h store/settingsrepository.cpp
    store/enginelockrepository.h store/enginelockrepository.cpp
)
