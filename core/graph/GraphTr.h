#pragma once

#include <QCoreApplication>

namespace streamscope {

// The translation context of the graph engine's messages (one per module).
struct GraphTr {
    Q_DECLARE_TR_FUNCTIONS(ServiceGraph)
};

} // namespace streamscope
