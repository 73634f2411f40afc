#include "common/DrawnIcon.h"

#include <QPainter>
#include <QPixmap>

namespace streamscope {

QIcon drawnIcon(const QList<int>& sizes, const std::function<void(QPainter&, int size)>& draw) {
    QIcon icon;
    for (int size : sizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(painter, size);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace streamscope
