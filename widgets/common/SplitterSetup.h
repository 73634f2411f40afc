#pragma once

#include <initializer_list>

class QSplitter;
class QWidget;

namespace streamscope {

struct SplitterPane {
    QWidget* widget;
    int stretch; // share of the extra space
};

// Adds a page's panes to a splitter, in order, each with its share of the extra space. Panes
// never collapse: a table dragged down to nothing is hard to find again.
void addSplitterPanes(QSplitter* splitter, std::initializer_list<SplitterPane> panes);

} // namespace streamscope
