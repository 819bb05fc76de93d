# Ferry's icons, compiled into ferry_gui under :/ferry/icons/. Line icons use "currentColor" and
# are recoloured from the palette at run time (see src/gui/common/icons.h); ferry.svg is the
# application icon and keeps its own colours, as do the status-*.svg badges (green, amber, red,
# grey, blue: the same meaning on light and dark themes).
set(FERRY_ICON_FILES
    ferry.svg
    sources.svg targets.svg instances.svg networks.svg
    batches.svg queue.svg artifacts.svg warnings.svg
    add.svg sync.svg batch-create.svg about.svg quit.svg folder.svg keychain.svg
    edit.svg remove.svg certificate.svg connect.svg search.svg reset.svg
    status-ok.svg status-warning.svg status-error.svg status-unknown.svg status-busy.svg)
list(TRANSFORM FERRY_ICON_FILES PREPEND "${CMAKE_CURRENT_LIST_DIR}/icons/")
