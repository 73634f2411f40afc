#pragma once

#include <QCoreApplication>

namespace streamscope {

// One translation context for the application shell (CRAFT: one context per module).
struct AppTr {
    Q_DECLARE_TR_FUNCTIONS(App)
};

} // namespace streamscope
