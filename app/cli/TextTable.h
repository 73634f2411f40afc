#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>

namespace streamscope::cli {

// Width of a table's name column: the longest name, at least minWidth. Topic names may have 249
// characters; a fixed width would push every later column of that row out of line.
inline int nameColumnWidth(const QStringList& names, int minWidth) {
    qsizetype width = minWidth;
    for (const QString& name : names)
        width = std::max(width, name.size());
    return static_cast<int>(width);
}

} // namespace streamscope::cli
