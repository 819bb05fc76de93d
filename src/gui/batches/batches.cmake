# The Batches page and the Batch wizard (issue 5): the selection editor with its live preview,
# windows with a timeline, placement from the target's inventory, pre-flight and the YAML saved.
target_sources(ferry_gui PRIVATE
    batches/expressionedit.h batches/expressionedit.cpp
    batches/selectionpreview.h batches/selectionpreview.cpp
    batches/windowstimeline.h batches/windowstimeline.cpp
    batches/batchwizardpages.h
    batches/batchwizard.h batches/batchwizard.cpp
    batches/batchespage.h batches/batchespage.cpp
)
