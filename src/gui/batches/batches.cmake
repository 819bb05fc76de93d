# The Batches page and the Batch wizard (issue 5): the selection editor with its live preview,
# windows with a timeline, placement from the target's inventory, pre-flight and the YAML saved.
target_sources(ferry_gui PRIVATE
    batches/expressionedit.h batches/expressionedit.cpp
    batches/selectionpreview.h batches/selectionpreview.cpp
    batches/windowstimeline.h batches/windowstimeline.cpp
    batches/windowsmodel.h batches/windowsmodel.cpp
    batches/windowsdelegate.h batches/windowsdelegate.cpp
    batches/batchwizardwidgets.h batches/batchwizardwidgets.cpp
    batches/batchnamepage.h batches/batchnamepage.cpp
    batches/batchselectionpage.h batches/batchselectionpage.cpp
    batches/batchwindowspage.h batches/batchwindowspage.cpp
    batches/dryrunmodel.h batches/dryrunmodel.cpp
    batches/batchplacementpage.h batches/batchplacementpage.cpp
    batches/batchoptionspage.h batches/batchoptionspage.cpp
    batches/preflightmodel.h batches/preflightmodel.cpp
    batches/batchpreflightpage.h batches/batchpreflightpage.cpp
    batches/batchsummarypage.h batches/batchsummarypage.cpp
    batches/batchwizard.h batches/batchwizard.cpp
    batches/batchesmodel.h batches/batchesmodel.cpp
    batches/batchespage.h batches/batchespage.cpp
)
