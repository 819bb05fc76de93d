# The Targets page and the Add Target wizard (issue 4): models, pages, dialogs. Forms in
# ui/targets/.
target_sources(ferry_gui PRIVATE
    targets/targetjob.h
    targets/targetpresentation.h targets/targetpresentation.cpp
    targets/targetsmodel.h targets/targetsmodel.cpp
    targets/targetinventorymodel.h targets/targetinventorymodel.cpp
    targets/targetsettingswidget.h targets/targetsettingswidget.cpp
    targets/trustcommandswidget.h targets/trustcommandswidget.cpp
    targets/addtargetpage.h targets/addtargetpage.cpp
    targets/addtargetsettingspage.h targets/addtargetsettingspage.cpp
    targets/addtargetauthpage.h targets/addtargetauthpage.cpp
    targets/addtargetconnectpage.h targets/addtargetconnectpage.cpp
    targets/addtargetcertificatepage.h targets/addtargetcertificatepage.cpp
    targets/addtargettrustpage.h targets/addtargettrustpage.cpp
    targets/addtargetsummarypage.h targets/addtargetsummarypage.cpp
    targets/addtargetwizard.h targets/addtargetwizard.cpp
    targets/targettrustcertificatedialog.h targets/targettrustcertificatedialog.cpp
    targets/edittargetdialog.h targets/edittargetdialog.cpp
    targets/targetdetailswidget.h targets/targetdetailswidget.cpp
    targets/targetspage.h targets/targetspage.cpp
)
set_property(TARGET ferry_gui APPEND PROPERTY AUTOUIC_SEARCH_PATHS "${PROJECT_SOURCE_DIR}/ui/targets")
