# The Instances page (issue 3): the row model built for 100,000 instances, its loader, the
# details panel and the override editor.
target_sources(ferry_gui PRIVATE
    instances/instancerow.h instances/instancerow.cpp
    instances/instancesmodel.h instances/instancesmodel.cpp
    instances/instancesloader.h instances/instancesloader.cpp
    instances/instancedetailswidget.h instances/instancedetailswidget.cpp
    instances/instanceoverridesdialog.h instances/instanceoverridesdialog.cpp
    instances/instancespage.h instances/instancespage.cpp
)
