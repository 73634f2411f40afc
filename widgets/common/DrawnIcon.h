#pragma once

#include <QIcon>
#include <QList>

#include <functional>

class QPainter;

namespace streamscope {

// An icon drawn in code, so no image files are needed: one pixmap per size in sizes, each a
// transparent square that draw(painter, size) paints with antialiasing on.
QIcon drawnIcon(const QList<int>& sizes, const std::function<void(QPainter&, int size)>& draw);

} // namespace streamscope
