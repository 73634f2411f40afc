#include "common/LiveTableView.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QRegion>
#include <QScrollBar>

#include <algorithm>

namespace streamscope {

namespace {

// Appends the shown logical sections of header from firstLogical to lastLogical (the ones at the
// viewport's two edges; -1 at the far edge: up to the last section) in visual order to sections,
// and their positions and sizes to geometry.
void visibleSections(const QHeaderView* header, int firstLogical, int lastLogical,
                     std::vector<int>& sections, std::vector<int>& geometry) {
    if (firstLogical < 0)
        return;
    if (lastLogical < 0)
        lastLogical = header->logicalIndex(header->count() - 1);
    const int lastVisual = header->visualIndex(lastLogical);
    for (int visual = header->visualIndex(firstLogical); visual <= lastVisual; ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        sections.push_back(logical);
        geometry.push_back(header->sectionViewportPosition(logical));
        geometry.push_back(header->sectionSize(logical));
    }
}

} // namespace

LiveTableView::LiveTableView(QWidget* parent)
    : QTableView(parent)
    , m_lookRoles{Qt::DisplayRole, Qt::DecorationRole, Qt::ForegroundRole, Qt::FontRole,
                  Qt::TextAlignmentRole} {
    m_repaintLater.setSingleShot(true);
    m_repaintLater.setInterval(0);
    connect(&m_repaintLater, &QTimer::timeout, this, [this] {
        viewport()->update(m_dirty);
        m_dirty = QRegion();
    });
}

LiveTableView::VisibleCells LiveTableView::visibleCells() const {
    VisibleCells cells;
    const QAbstractItemModel* source = model();
    if (!source)
        return cells;
    const QRect area = viewport()->rect();
    cells.geometry = {horizontalScrollBar()->value(), verticalScrollBar()->value(), area.width(),
                      area.height(), source->rowCount(rootIndex())};
    visibleSections(verticalHeader(), rowAt(area.top()), rowAt(area.bottom()), cells.rows,
                    cells.geometry);
    visibleSections(horizontalHeader(), columnAt(area.left()), columnAt(area.right()),
                    cells.columns, cells.geometry);

    const QItemSelectionModel* selection = selectionModel();
    const QModelIndex current = currentIndex();
    cells.looks.reserve(cells.rows.size() * cells.columns.size() *
                        static_cast<std::size_t>(m_lookRoles.size() + 1));
    for (const int row : cells.rows) {
        for (const int column : cells.columns) {
            const QModelIndex index = source->index(row, column, rootIndex());
            for (const int role : m_lookRoles)
                cells.looks.push_back(source->data(index, role));
            const int state =
                (selection && selection->isSelected(index) ? 1 : 0) | (index == current ? 2 : 0);
            cells.looks.emplace_back(state);
        }
    }
    return cells;
}

void LiveTableView::updateRepaintingChangedCells(const std::function<void()>& modelUpdate) {
    QWidget* canvas = viewport();
    if (!model() || !isVisible() || !canvas->updatesEnabled()) {
        modelUpdate();
        m_lastRepaintedCells = -1;
        return;
    }
    // A layout still pending from an earlier change (a sort by a header click) repaints the
    // whole viewport: done now, before the hold would swallow that repaint.
    executeDelayedItemsLayout();
    const VisibleCells before = visibleCells();
    // Set directly, not through setUpdatesEnabled(), which repaints everything when re-enabled.
    // While set, QWidget::update() on the viewport does nothing: the dataChanged and the re-sort
    // of the update ask for whole-viewport repaints.
    canvas->setAttribute(Qt::WA_UpdatesDisabled, true);
    modelUpdate();
    // A re-sort left a delayed layout (a zero timer) that would repaint everything on its own:
    // laid out now, inside the hold.
    doItemsLayout();
    canvas->setAttribute(Qt::WA_UpdatesDisabled, false);
    const VisibleCells after = visibleCells();

    // The repaint waits for a zero timer, which Qt's event loop runs only once no posted event is
    // pending: the update's own work (and what it posted) and the table's paint are two turns of
    // the event loop instead of one long one, and input is handled in between.
    if (before.rows != after.rows || before.columns != after.columns ||
        before.geometry != after.geometry || before.looks.size() != after.looks.size()) {
        m_dirty = canvas->rect(); // the grid moved: every visible cell may show something else
        m_repaintLater.start();
        m_lastRepaintedCells = -1;
        return;
    }
    const auto perCell = static_cast<std::size_t>(m_lookRoles.size() + 1);
    int repainted = 0;
    for (std::size_t r = 0; r < after.rows.size(); ++r) {
        for (std::size_t c = 0; c < after.columns.size(); ++c) {
            const auto first =
                static_cast<std::ptrdiff_t>((r * after.columns.size() + c) * perCell);
            const auto last = first + static_cast<std::ptrdiff_t>(perCell);
            if (std::equal(before.looks.begin() + first, before.looks.begin() + last,
                           after.looks.begin() + first))
                continue;
            m_dirty += visualRect(model()->index(after.rows[r], after.columns[c], rootIndex()));
            ++repainted;
        }
    }
    if (!m_dirty.isEmpty())
        m_repaintLater.start();
    m_lastRepaintedCells = repainted;
}

} // namespace streamscope
