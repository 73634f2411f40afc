#pragma once

#include "session/ClusterSession.h"

#include <QColor>
#include <QIcon>

namespace streamscope {

// How a connection state looks wherever it is shown (status bar, banners): one colour and one
// round indicator per state, so "red" means the same everywhere.
QColor connectionStateColor(ConnectionState state);
// What a live view fed by `session` shows instead of "Live": empty while the session is
// Connected (samples arrive), else the state's name ("Unreachable", "Connecting"), or "Not
// connected" without a session.
QString notLiveText(const ClusterSession* session);
// Grey: no session at all.
QColor disconnectedColor();
// A pale background in the hue of color (banners), readable with the normal text colour.
QColor tintOf(const QColor& color);
// A filled circle in the given colour, drawn for the current screen (no image files needed).
QIcon stateDotIcon(const QColor& color);

} // namespace streamscope
