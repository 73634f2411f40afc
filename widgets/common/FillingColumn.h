#pragma once

#include <QObject>

class QTableView;

namespace streamscope {

// Keeps one column of a table as wide as the space the other visible columns leave, but never
// narrower than minimumWidth. Unlike QHeaderView::Stretch, which squeezes the column to nothing
// in a narrow table (a topic name shrunk to "s…"), a table too narrow for everything scrolls
// sideways and the column stays readable. Follows the viewport's width, the other columns'
// widths (user drags, hidden or shown columns) and keeps the user's own width for the column
// only until the next resize.
class FillingColumn : public QObject {
    Q_OBJECT
public:
    FillingColumn(QTableView* table, int column, int minimumWidth);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill();

    QTableView* m_table;
    QObject* m_viewport;
    int m_column;
    int m_minimumWidth;
    bool m_filling = false;
};

} // namespace streamscope
