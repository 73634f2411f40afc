#pragma once

#include <QList>
#include <QRegion>
#include <QTableView>
#include <QTimer>
#include <QVariant>

#include <functional>
#include <vector>

namespace streamscope {

// A table view for live tables whose model merges a new snapshot every tick and may re-sort.
// QAbstractItemView repaints its whole viewport for any dataChanged over more than one cell and
// again after every layoutChanged (a re-sort), so a table of 2,000 refreshing rows repainted
// every visible cell once per tick, most of them unchanged (group names, states, members): at
// 1920x1080 that repaint was the longest turn of the Lag page's event loop.
//
// updateRepaintingChangedCells() runs a model update with the viewport's repaints held back,
// lays the view out once, and then repaints only the visible cells whose look changed: the
// values of the look roles (display text, colours, sparkline data, ...), selection and current
// index, compared before and after. When the visible grid itself moved (scrolled, resized
// columns, rows appearing at the top), everything is repainted as before. The repaint runs in a
// later turn of the event loop than the update.
class LiveTableView : public QTableView {
    Q_OBJECT
public:
    explicit LiveTableView(QWidget* parent = nullptr);

    // The roles whose values decide how a cell is painted (default: display, decoration,
    // foreground, font, alignment). A delegate that paints from other roles adds them here.
    void setLookRoles(QList<int> roles) { m_lookRoles = std::move(roles); }
    const QList<int>& lookRoles() const { return m_lookRoles; }

    void updateRepaintingChangedCells(const std::function<void()>& modelUpdate);

    // Cells repainted by the last updateRepaintingChangedCells(), -1 for all (tests, benchmark).
    int lastRepaintedCells() const { return m_lastRepaintedCells; }

private:
    // What the viewport shows: which rows and columns where, and each visible cell's look.
    struct VisibleCells {
        std::vector<int> rows;       // logical rows, top to bottom
        std::vector<int> columns;    // logical columns, left to right
        std::vector<int> geometry;   // scroll values, viewport size, row and column positions
        std::vector<QVariant> looks; // per cell (row-major): the look roles, then state flags
    };
    VisibleCells visibleCells() const;

    QList<int> m_lookRoles;
    int m_lastRepaintedCells = -1;
    QRegion m_dirty; // the cells to repaint when m_repaintLater fires
    QTimer m_repaintLater;
};

} // namespace streamscope
