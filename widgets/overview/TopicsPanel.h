#pragma once

#include "common/TopicListPanel.h"

#include "cluster/ClusterMetadata.h"

namespace streamscope {

class TopicTableFilterModel;
class TopicTableModel;

// The topic list of the overview (search box, internal-topics switch and count: TopicListPanel).
// One topic at a time can be picked; says which.
class TopicsPanel : public TopicListPanel {
    Q_OBJECT
public:
    explicit TopicsPanel(QWidget* parent = nullptr);

    void setSnapshot(const ClusterSnapshot& snapshot);
    // The topic the user last picked; kept while a filter hides it.
    QString selectedTopic() const { return m_selectedTopic; }
    void selectTopic(const QString& name);

    TopicTableFilterModel* proxy() const { return m_proxy; }

Q_SIGNALS:
    void topicSelected(const QString& name);

private:
    void onSelectionChanged();
    void reselectHidden() override;

    TopicTableModel* m_model = nullptr;
    TopicTableFilterModel* m_proxy = nullptr;
    QString m_selectedTopic;
};

} // namespace streamscope
