#include "common/SplitterSetup.h"

#include <QSplitter>

namespace streamscope {

void addSplitterPanes(QSplitter* splitter, std::initializer_list<SplitterPane> panes) {
    for (const SplitterPane& pane : panes) {
        splitter->addWidget(pane.widget);
        splitter->setStretchFactor(splitter->indexOf(pane.widget), pane.stretch);
    }
    splitter->setChildrenCollapsible(false);
}

} // namespace streamscope
