#pragma once

#include <QList>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace streamscope {

class ClusterPage;

// The left-hand navigation and the page stack beside it. Tells pages when they become visible
// or hidden (hidden pages do no work) and hands every page the current session.
class PageNavigator : public QWidget {
    Q_OBJECT
public:
    explicit PageNavigator(QWidget* parent = nullptr);

    // Takes ownership. Pages appear in the order they are added.
    void addPage(ClusterPage* page);
    const QList<ClusterPage*>& pages() const { return m_pages; }
    ClusterPage* currentPage() const;
    void setCurrentPage(ClusterPage* page);

    // The visible page depends on the window too: a minimised window shows nothing.
    void setWindowVisible(bool visible);

private:
    void onCurrentRowChanged(int row);
    void updateActivePages();

    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<ClusterPage*> m_pages;
    bool m_windowVisible = true;
};

} // namespace streamscope
