# Shared settings (database) and the diagnostics bundle (issue 7), used by ferry and ferryctl.
target_sources(ferry_core PRIVATE
    appsettings/appsettings.h appsettings/appsettings.cpp
    diagnostics/diagnostics.h diagnostics/diagnostics.cpp
)
