# The Artifacts page (issue 16): the virtio-win driver ISO and other artifacts, add and remove.
target_sources(ferry_gui PRIVATE
    artifacts/artifactsmodel.h artifacts/artifactsmodel.cpp
    artifacts/artifactspage.h artifacts/artifactspage.cpp
)
