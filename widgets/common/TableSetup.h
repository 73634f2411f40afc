#pragma once

#include <QList>

class QTableView;

namespace streamscope {

// The look every data table shares: whole-row selection, no row numbers, fixed row height (which
// keeps 10,000 rows cheap to lay out), sortable headers, compact rows.
void setUpDataTable(QTableView* table);

// For tables whose selection can cover a million rows (call after setModel): the horizontal
// header gets a selection model of its own that stays empty. Painting a section, QHeaderView
// asks whether the neighbouring columns are wholly selected, and QItemSelectionModel answers
// by walking every selected row (index + flags per row): with all of a million rows selected,
// one repaint of 7 columns took 150 ms of GUI time. The header never shows the selection
// (setUpDataTable turns section highlighting off); the table's selection is unaffected.
void keepHeaderOutOfSelection(QTableView* table);

// Initial column widths in average character widths of the table's font; an entry of 0 makes
// that column fill the rest of the width, never narrower than 16 characters (FillingColumn).
// Never measures the contents: that would walk every row.
void setColumnWidthsInChars(QTableView* table, const QList<int>& widths);

// Each column except skipColumn as wide as its header title (the sorted one with room for the
// arrow) or contentWidths[column] pixels plus the cell margin (0: the header decides), whichever
// is wider. For tables whose number columns should start readable without measuring rows.
void fitColumnsToHeaders(QTableView* table, const QList<int>& contentWidths, int skipColumn);
// The delegate's text margins and a little slack, in pixels.
inline constexpr int kTableCellMargin = 12;

} // namespace streamscope
