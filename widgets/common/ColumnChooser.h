#pragma once

class QHeaderView;

namespace streamscope {

// Right-clicking the header offers every column as a checkable entry to show or hide it, as in
// most data tools. keptColumn (the identifying one, e.g. the name) can never be hidden, and the
// last visible column neither. Which columns show is part of QHeaderView::saveState(), so it is
// kept wherever the header's layout is.
void installColumnChooser(QHeaderView* header, int keptColumn);

} // namespace streamscope
