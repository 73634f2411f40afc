#pragma once

// Include qcustomplot.h through this header. It uses the Qt keywords `signals` and `foreach`,
// which the project switches off (QT_NO_KEYWORDS): map them to their macro forms just for it.
#include <QtGlobal>

#ifndef signals
#define STREAMSCOPE_QCP_SIGNALS
#define signals Q_SIGNALS
#endif
#ifndef foreach
#define STREAMSCOPE_QCP_FOREACH
#define foreach Q_FOREACH
#endif

#include <qcustomplot.h>

#ifdef STREAMSCOPE_QCP_SIGNALS
#undef signals
#undef STREAMSCOPE_QCP_SIGNALS
#endif
#ifdef STREAMSCOPE_QCP_FOREACH
#undef foreach
#undef STREAMSCOPE_QCP_FOREACH
#endif
