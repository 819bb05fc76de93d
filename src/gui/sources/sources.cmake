# The Sources page and the Add Source wizard (issue 3): the model, the page, the wizard and its
# pages, the certificate view and the dialogs to edit, trust and sync sources.
target_sources(ferry_gui PRIVATE
    sources/sourcejob.h
    sources/sourcepresentation.h sources/sourcepresentation.cpp
    sources/sourcesmodel.h sources/sourcesmodel.cpp
    sources/certificateview.h sources/certificateview.cpp
    sources/sourceformwidget.h sources/sourceformwidget.cpp
    sources/addsourcewizard.h sources/addsourcewizard.cpp
    sources/sourceconnectionpage.h sources/sourceconnectionpage.cpp
    sources/sourceconnectpage.h sources/sourceconnectpage.cpp
    sources/sourcecertificatepage.h sources/sourcecertificatepage.cpp
    sources/sourcesyncpage.h sources/sourcesyncpage.cpp
    sources/sourcesummarypage.h sources/sourcesummarypage.cpp
    sources/sourceeditdialog.h sources/sourceeditdialog.cpp
    sources/trustcertificatedialog.h sources/trustcertificatedialog.cpp
    sources/syncdialog.h sources/syncdialog.cpp
    sources/sourcespage.h sources/sourcespage.cpp
)
