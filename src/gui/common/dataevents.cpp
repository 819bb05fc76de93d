#include "common/dataevents.h"

namespace ferry::gui {

DataEvents::DataEvents(QObject *parent)
    : QObject(parent)
{ }

DataEvents::~DataEvents() = default;

} // namespace ferry::gui
