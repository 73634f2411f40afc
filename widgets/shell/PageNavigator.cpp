#include "shell/PageNavigator.h"

#include "shell/ClusterPage.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace streamscope {

PageNavigator::PageNavigator(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this)) {
    m_list->setObjectName(QStringLiteral("pageList"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setIconSize(QSize(18, 18));
    m_list->setSpacing(1);
    m_list->setFixedWidth(168);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFocusPolicy(Qt::NoFocus);
    // A sidebar, not a list box: window-coloured background, roomy rows, accent on the current
    // page. Colours come from the palette so dark themes work.
    const QPalette pal = palette();
    m_list->setStyleSheet(
        QStringLiteral("QListWidget#pageList { background: %1; padding-top: 8px; "
                       "border-right: 1px solid %2; }"
                       "QListWidget#pageList::item { padding: 7px 10px; border-radius: 4px; "
                       "margin: 0 6px; color: %3; }"
                       "QListWidget#pageList::item:selected { background: %4; color: %5; }"
                       "QListWidget#pageList::item:hover:!selected { background: %6; }")
            .arg(pal.color(QPalette::Window).darker(104).name(), pal.color(QPalette::Mid).name(),
                 pal.color(QPalette::WindowText).name(), pal.color(QPalette::Highlight).name(),
                 pal.color(QPalette::HighlightedText).name(),
                 pal.color(QPalette::Window).darker(112).name()));
    m_stack->setObjectName(QStringLiteral("pageStack"));
    connect(m_list, &QListWidget::currentRowChanged, this, &PageNavigator::onCurrentRowChanged);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);
}

void PageNavigator::addPage(ClusterPage* page) {
    m_pages.append(page);
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->pageIcon(), page->pageTitle(), m_list);
    item->setToolTip(page->pageTitle());
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    updateActivePages();
}

ClusterPage* PageNavigator::currentPage() const {
    return qobject_cast<ClusterPage*>(m_stack->currentWidget());
}

void PageNavigator::setCurrentPage(ClusterPage* page) {
    const int row = static_cast<int>(m_pages.indexOf(page));
    if (row >= 0)
        m_list->setCurrentRow(row);
}

void PageNavigator::setWindowVisible(bool visible) {
    if (visible == m_windowVisible)
        return;
    m_windowVisible = visible;
    updateActivePages();
}

void PageNavigator::onCurrentRowChanged(int row) {
    if (row >= 0 && row < m_pages.size())
        m_stack->setCurrentWidget(m_pages[row]);
    updateActivePages();
}

void PageNavigator::updateActivePages() {
    ClusterPage* current = currentPage();
    for (ClusterPage* page : std::as_const(m_pages)) {
        const bool active = m_windowVisible && page == current;
        if (active != page->isPageActive())
            page->setPageActive(active);
    }
}

} // namespace streamscope
