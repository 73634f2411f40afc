#pragma once

#include <QCoreApplication>

namespace streamscope {

// One translation context for the whole widgets module (CRAFT: one context per module).
struct WidgetsTr {
    Q_DECLARE_TR_FUNCTIONS(Widgets)
};

} // namespace streamscope
