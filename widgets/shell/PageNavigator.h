#pragma once

#include "shell/ClusterPage.h"

#include <QList>
#include <QWidget>

#include <type_traits>

class QListWidget;
class QStackedWidget;

namespace streamscope {

// The left-hand navigation and the page stack beside it. Tells pages when they become visible
// or hidden (hidden pages do no work) and hands every page the current session.
class PageNavigator : public QWidget {
    Q_OBJECT
public:
    explicit PageNavigator(QWidget* parent = nullptr);

    // Takes ownership. Pages appear in the order they are added.
    void addPage(ClusterPage* page);
    const QList<ClusterPage*>& pages() const { return m_pages; }
    // The first page of type T (or derived from it), nullptr if there is none: how callers find
    // a page without one getter per page in MainWindow, e.g. navigator()->page<ThroughputPage>().
    template <typename T> T* page() const;
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

template <typename T> T* PageNavigator::page() const {
    static_assert(std::is_base_of_v<ClusterPage, T>, "pages are ClusterPages");
    for (ClusterPage* candidate : m_pages)
        if (T* found = qobject_cast<T*>(candidate))
            return found;
    return nullptr;
}

} // namespace streamscope
