#pragma once

#include <QObject>

#include <vector>

class QTableView;

namespace streamscope {

class BrowseMessageModel;

// Keeps the Browse table's selection across a re-filter (a new filter or a time span). The model
// resets its rows when the filter changes, which would drop the selection; this remembers the
// selected messages by store row just before (BrowseMessageModel::aboutToRefilter) and selects
// those that still match right after (refiltered), then scrolls the current one (or the first
// kept one) into view, as Wireshark's packet list does across a display-filter change.
class RefilterSelection : public QObject {
    Q_OBJECT
public:
    RefilterSelection(QTableView* table, BrowseMessageModel* model);

    // Store rows remembered at the last re-filter, ascending (tests).
    std::vector<quint32> keptStoreRows() const;

Q_SIGNALS:
    // The selection was put back: how many of the remembered messages still show.
    void restored(int kept, int remembered);

private:
    void remember();
    void restore();

    QTableView* m_table;
    BrowseMessageModel* m_model;
    std::vector<bool> m_selected; // by store row: selected before the re-filter
    size_t m_remembered = 0;      // bits set in m_selected
    qint64 m_current = -1;        // the current message's store row
};

} // namespace streamscope
