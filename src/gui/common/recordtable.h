#pragma once

class QTableView;

namespace ferry::gui {

// The look the instances, queue and engines tables share: whole rows selected one at a time,
// alternating colours, one line a row, nothing edited in place, 14-pixel icons, no row header,
// fixed row heights (the view never measures 100,000 rows), the last column stretched. Sorting
// stays the caller's choice.
void setUpRecordTable(QTableView *view);

} // namespace ferry::gui
