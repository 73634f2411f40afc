#pragma once

#include "common/TopicFilterModelBase.h"

namespace streamscope {

// Binds TopicFilterModelBase to one topic model type: anything with topicAt(row).name,
// topicAt(row).internal and rowOfTopic(name). The subclasses add only their sort order.
template <typename TopicModel> class TypedTopicFilterModel : public TopicFilterModelBase {
public:
    void setTopicModel(TopicModel* model) {
        m_topics = model;
        TopicFilterModelBase::setSourceModel(model);
    }
    TopicModel* topicModel() const { return m_topics; }

protected:
    using TopicFilterModelBase::TopicFilterModelBase;

private:
    // Use setTopicModel; another model type leaves the proxy without a source.
    void setSourceModel(QAbstractItemModel* model) override {
        setTopicModel(qobject_cast<TopicModel*>(model));
    }
    const QString& sourceTopicName(int sourceRow) const override {
        return m_topics->topicAt(sourceRow).name;
    }
    bool isSourceTopicInternal(int sourceRow) const override {
        return m_topics->topicAt(sourceRow).internal;
    }
    int sourceRowOfTopic(const QString& name) const override { return m_topics->rowOfTopic(name); }

    TopicModel* m_topics = nullptr;
};

} // namespace streamscope
