# The Queue page (issue 6): the migration dashboard, the GUI's engine and notifications.
target_sources(ferry_gui PRIVATE
    queue/queuesnapshot.h queue/queuesnapshot.cpp
    queue/queuepresentation.h queue/queuepresentation.cpp
    queue/queuemodel.h queue/queuemodel.cpp
    queue/progressdelegate.h queue/progressdelegate.cpp
    queue/throughputchart.h queue/throughputchart.cpp
    queue/queuedetailswidget.h queue/queuedetailswidget.cpp
    queue/queuesummarywidget.h queue/queuesummarywidget.cpp
    queue/queuenotifier.h queue/queuenotifier.cpp
    queue/enginecontroller.h queue/enginecontroller.cpp
    queue/enginesmodel.h queue/enginesmodel.cpp
    queue/enginespanel.h queue/enginespanel.cpp
    queue/queuepage.h queue/queuepage.cpp
)
