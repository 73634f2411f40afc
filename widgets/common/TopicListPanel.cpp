#include "common/TopicListPanel.h"

#include "common/ColumnChooser.h"
#include "common/DisplayFormat.h"
#include "common/TableSetup.h"
#include "common/TopicFilterModelBase.h"
#include "common/WidgetsTr.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace streamscope {

TopicListPanel::TopicListPanel(const PartNames& names, const QString& headerKey, QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_showInternal(new QCheckBox(WidgetsTr::tr("Show internal topics"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_headerKey(headerKey) {
    auto* title = new QLabel(WidgetsTr::tr("Topics"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count->setObjectName(names.count);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_count->setEnabled(false);

    m_filter->setObjectName(names.filter);
    m_filter->setPlaceholderText(WidgetsTr::tr("Filter topics by name (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_showInternal->setObjectName(names.showInternal);
    m_showInternal->setToolTip(
        WidgetsTr::tr("Include Kafka's own topics such as __consumer_offsets"));
    m_table->setObjectName(names.table);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addWidget(m_count, 1);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_showInternal);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
}

void TopicListPanel::setProxy(TopicFilterModelBase* proxy) {
    m_proxy = proxy;
    m_table->setModel(proxy);
    setUpDataTable(m_table);
    installColumnChooser(m_table->horizontalHeader(), 0); // the name column always shows

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setNameFilter(text);
        reselectHidden();
        updateCount();
    });
    connect(m_showInternal, &QCheckBox::toggled, this, [this](bool show) {
        m_proxy->setShowInternal(show);
        reselectHidden();
        updateCount();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy, signal, this, &TopicListPanel::updateCount);
    connect(proxy, &QAbstractItemModel::modelReset, this, &TopicListPanel::updateCount);
    updateCount();
}

void TopicListPanel::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TopicListPanel::updateCount() {
    if (!m_proxy)
        return;
    const QLocale locale = displayLocale();
    const int shown = m_proxy->rowCount();
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    const int internal = m_proxy->showInternal() ? 0 : m_proxy->internalTopicCount();
    const int visible = total - internal; // what "all topics" means with internal ones hidden
    const QString nameFilter = m_proxy->nameFilter();
    QString text;
    if (!m_hasSnapshot)
        text.clear(); // nothing known yet: "0 topics" would be a claim
    else if (!nameFilter.isEmpty() && shown == 0)
        text = WidgetsTr::tr("No topic matches \u201c%1\u201d").arg(nameFilter);
    else if (shown < visible)
        text = WidgetsTr::tr("%1 of %2 topics")
                   .arg(formatCount(locale, shown), formatCount(locale, visible));
    else
        text = shown == 1 ? WidgetsTr::tr("1 topic")
                          : WidgetsTr::tr("%1 topics").arg(formatCount(locale, shown));
    if (internal > 0 && nameFilter.isEmpty())
        text =
            WidgetsTr::tr("%1 \u00b7 %2 internal hidden").arg(text, formatCount(locale, internal));
    m_count->setText(text);
}

void TopicListPanel::saveSettings(QSettings& settings) const {
    settings.setValue(m_headerKey, m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("showInternal"), m_showInternal->isChecked());
}

void TopicListPanel::restoreSettings(const QSettings& settings) {
    const QByteArray header = settings.value(m_headerKey).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    m_showInternal->setChecked(settings.value(QStringLiteral("showInternal"), false).toBool());
}

} // namespace streamscope
