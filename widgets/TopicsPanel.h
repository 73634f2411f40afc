#pragma once

#include "kafka/ClusterMetadata.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;

namespace streamscope {

class TopicFilterProxyModel;
class TopicTableModel;

// The topic list of the overview: a search box over topic names, a switch for internal topics,
// a "12 of 340 topics" count, and the table. Says which topic the user picked.
class TopicsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TopicsPanel(QWidget* parent = nullptr);

    void setSnapshot(const ClusterSnapshot& snapshot);
    // The topic the user last picked; kept while a filter hides it.
    QString selectedTopic() const { return m_selectedTopic; }
    void selectTopic(const QString& name);
    void focusFilter();

    QTableView* table() const { return m_table; }
    TopicFilterProxyModel* proxy() const { return m_proxy; }

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

Q_SIGNALS:
    void topicSelected(const QString& name);

private:
    void onSelectionChanged();
    void onFilterEdited(const QString& text);
    void updateCount();
    void reselectIfVisible();

    TopicTableModel* m_model = nullptr;
    TopicFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_showInternal = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QString m_selectedTopic;
    bool m_hasSnapshot = false;
};

} // namespace streamscope
