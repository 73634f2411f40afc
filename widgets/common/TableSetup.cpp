#include "common/TableSetup.h"

#include "common/FillingColumn.h"

#include <QFontMetrics>

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStyle>
#include <QTableView>
#include <algorithm>

namespace streamscope {

void setUpDataTable(QTableView* table) {
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    QHeaderView* rows = table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(table->fontMetrics().height() + 8);

    QHeaderView* columns = table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void keepHeaderOutOfSelection(QTableView* table) {
    QHeaderView* header = table->horizontalHeader();
    if (table->model())
        header->setSelectionModel(new QItemSelectionModel(table->model(), header));
}

void setColumnWidthsInChars(QTableView* table, const QList<int>& widths) {
    const int charWidth = table->fontMetrics().averageCharWidth();
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    QHeaderView* header = table->horizontalHeader();
    for (int column = 0; column < widths.size(); ++column) {
        if (widths[column] > 0)
            header->resizeSection(column, widths[column] * charWidth + padding);
    }
    // After the fixed ones: the filling column's width depends on theirs.
    constexpr int kFillingMinimumChars = 16;
    for (int column = 0; column < widths.size(); ++column) {
        if (widths[column] <= 0)
            new FillingColumn(table, column, kFillingMinimumChars * charWidth + padding);
    }
}

void fitColumnsToHeaders(QTableView* table, const QList<int>& contentWidths, int skipColumn) {
    QHeaderView* header = table->horizontalHeader();
    QAbstractItemModel* model = table->model();
    if (!model)
        return;
    const QFontMetrics headerMetrics(header->font());
    const int headerMargin = 2 * table->style()->pixelMetric(QStyle::PM_HeaderMargin) + 2;
    for (int column = 0; column < model->columnCount() && column < contentWidths.size(); ++column) {
        if (column == skipColumn)
            continue;
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        int headerWidth = headerMetrics.horizontalAdvance(title) + headerMargin;
        if (column == header->sortIndicatorSection())
            headerWidth += headerMetrics.height() + headerMargin; // the sort arrow
        header->resizeSection(column,
                              std::max(headerWidth, contentWidths[column] + kTableCellMargin));
    }
}

} // namespace streamscope
