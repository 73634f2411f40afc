#include "common/StateBanner.h"

#include "common/ConnectionStateStyle.h"
#include "common/WidgetsTr.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace streamscope {

StateBanner::StateBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_connectButton(new QPushButton(WidgetsTr::tr("Connect\u2026"), this)) {
    setObjectName(QStringLiteral("stateBanner"));
    m_text->setObjectName(QStringLiteral("stateBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connectButton->setObjectName(QStringLiteral("stateBannerConnect"));
    connect(m_connectButton, &QPushButton::clicked, this, &StateBanner::connectRequested);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_connectButton, 0, Qt::AlignVCenter);
    hide();
}

void StateBanner::showMessage(const QColor& color, const QString& text, bool offerConnect) {
    const int side = fontMetrics().height();
    m_icon->setPixmap(stateDotIcon(color).pixmap(side, side));
    m_text->setText(text);
    m_connectButton->setVisible(offerConnect);
    // The tint is always pale, so the text is always dark, whatever the palette (dark themes).
    setStyleSheet(QStringLiteral("#stateBanner { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } #stateBanner QLabel { color: #1f2328; }")
                      .arg(tintOf(color).name(), color.lighter(140).name()));
    show();
}

QString StateBanner::text() const {
    return m_text->text();
}

} // namespace streamscope
