# Settings kept in the database, and the diagnostics bundle.
ferry_layer(settings DEPENDS store secrets SOURCES
    appsettings/appsettings.h appsettings/appsettings.cpp
    appsettings/databasechoice.h appsettings/databasechoice.cpp)
ferry_layer(diagnostics DEPENDS store transfer SOURCES
    diagnostics/diagnostics.h diagnostics/diagnostics.cpp)
