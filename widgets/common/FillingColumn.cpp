#include "common/FillingColumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace streamscope {

FillingColumn::FillingColumn(QTableView* table, int column, int minimumWidth)
    : QObject(table)
    , m_table(table)
    , m_viewport(table->viewport())
    , m_column(column)
    , m_minimumWidth(minimumWidth) {
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->setStretchLastSection(false);
    m_viewport->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int logicalIndex) {
        if (logicalIndex != m_column)
            fill();
    });
    connect(header, &QHeaderView::sectionCountChanged, this, &FillingColumn::fill);
    fill();
}

bool FillingColumn::eventFilter(QObject* watched, QEvent* event) {
    // Compared with the pointer kept from construction: the filter also sees the viewport's
    // events while the table is being destroyed, when calling into the table is not safe.
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fill();
    return QObject::eventFilter(watched, event);
}

void FillingColumn::fill() {
    if (m_filling)
        return;
    const QHeaderView* header = m_table->horizontalHeader();
    if (m_column >= header->count() || header->isSectionHidden(m_column))
        return;
    int others = 0;
    for (int column = 0; column < header->count(); ++column)
        if (column != m_column && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    // The viewport loses the vertical scroll bar's width when it shows; width() already says so.
    const int wanted = std::max(m_minimumWidth, m_table->viewport()->width() - others);
    if (wanted == header->sectionSize(m_column))
        return;
    m_filling = true;
    m_table->horizontalHeader()->resizeSection(m_column, wanted);
    m_filling = false;
}

} // namespace streamscope
