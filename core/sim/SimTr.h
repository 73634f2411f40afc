#pragma once

#include <QCoreApplication>

namespace streamscope::sim {

// The one translation context of the simulator module.
struct SimTr {
    Q_DECLARE_TR_FUNCTIONS(Simulator)
};

} // namespace streamscope::sim
