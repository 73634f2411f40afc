#include "common/ConnectionStateStyle.h"

#include "common/DrawnIcon.h"
#include "common/WidgetsTr.h"

#include <QPainter>

namespace streamscope {

QColor connectionStateColor(ConnectionState state) {
    switch (state) {
    case ConnectionState::Connecting:
        return QColor(0xe0, 0x9b, 0x1a); // amber
    case ConnectionState::Connected:
        return QColor(0x2e, 0x9d, 0x4f); // green
    case ConnectionState::Unreachable:
    case ConnectionState::Failed:
        return QColor(0xd3, 0x3a, 0x32); // red
    }
    return disconnectedColor();
}

QString notLiveText(const ClusterSession* session) {
    if (!session)
        return WidgetsTr::tr("Not connected");
    return session->state() == ConnectionState::Connected ? QString()
                                                          : connectionStateName(session->state());
}

QColor disconnectedColor() {
    return QColor(0x8a, 0x8f, 0x98);
}

QColor tintOf(const QColor& color) {
    constexpr double kStrength = 0.14; // share of the colour mixed into white
    auto mix = [](int channel) { return 255 - static_cast<int>((255 - channel) * kStrength); };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

QIcon stateDotIcon(const QColor& color) {
    return drawnIcon({12, 16, 24, 32}, [&color](QPainter& painter, int size) {
        painter.setPen(QPen(color.darker(130), size / 12.0));
        painter.setBrush(color);
        const qreal margin = size / 6.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
    });
}

} // namespace streamscope
