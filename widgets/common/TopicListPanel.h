#pragma once

#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;

namespace streamscope {

class TopicFilterModelBase;

// What the overview's and the Throughput page's topic panels share: a bold "Topics" title with a
// "12 of 340 topics" count, a name filter and a switch for internal topics that drive a
// TopicFilterModelBase, and the data table below them. Subclasses own the models, set up the
// table's columns and selection, and say what picking a topic means.
class TopicListPanel : public QWidget {
    Q_OBJECT
public:
    void focusFilter();
    QTableView* table() const { return m_table; }

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

protected:
    // Object names of the parts (tests find them by name); each panel keeps its own.
    struct PartNames {
        QString table;
        QString filter;
        QString showInternal;
        QString count;
    };
    // headerKey: the settings key of the table's column layout.
    TopicListPanel(const PartNames& names, const QString& headerKey, QWidget* parent);

    // Shows proxy in the table and connects the filter, the switch and the count to it. Called
    // once, from the subclass's constructor, before the table's own setup.
    void setProxy(TopicFilterModelBase* proxy);
    // Whether a snapshot is shown: without one the count stays empty, as "0 topics" would be a
    // claim. Takes effect with the next updateCount().
    void setHasSnapshot(bool hasSnapshot) { m_hasSnapshot = hasSnapshot; }
    void updateCount();

private:
    // The filter or the switch changed which rows show: select again what the user had chosen if
    // it shows now.
    virtual void reselectHidden() = 0;

    TopicFilterModelBase* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_showInternal = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QString m_headerKey;
    bool m_hasSnapshot = false;
};

} // namespace streamscope
