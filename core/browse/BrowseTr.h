#pragma once

#include <QCoreApplication>

namespace streamscope {

// The translation context of core/browse's messages (the filter language has its own, Filter).
struct BrowseTr {
    Q_DECLARE_TR_FUNCTIONS(Browse)
};

} // namespace streamscope
