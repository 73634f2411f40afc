#pragma once

#include "cluster/ClusterMetadata.h"

#include <QWidget>

class QLabel;
class QSettings;
class QTableView;

namespace streamscope {

class BrokerTableModel;

// The brokers of the cluster: id, host, port, rack, which one is the controller, and how many
// partitions each leads and stores.
class BrokersPanel : public QWidget {
    Q_OBJECT
public:
    explicit BrokersPanel(QWidget* parent = nullptr);

    void setSnapshot(const ClusterSnapshot& snapshot);
    QSize sizeHint() const override;
    QTableView* table() const { return m_table; }
    BrokerTableModel* model() const { return m_model; }

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

private:
    BrokerTableModel* m_model = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace streamscope
