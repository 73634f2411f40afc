#pragma once

#include <QCoreApplication>

namespace streamscope {

// One translation context for the whole models module (CRAFT: one context per module).
struct ModelsTr {
    Q_DECLARE_TR_FUNCTIONS(Models)
};

} // namespace streamscope
