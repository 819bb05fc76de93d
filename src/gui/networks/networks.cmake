# The Networks page (issue 3): the networks with their target mapping and the mapping editor.
target_sources(ferry_gui PRIVATE
    networks/networksmodel.h networks/networksmodel.cpp
    networks/networkmappingdialog.h networks/networkmappingdialog.cpp
    networks/networkmappingsdialog.h networks/networkmappingsdialog.cpp
    networks/networkspage.h networks/networkspage.cpp
)
