#pragma once

#include <QtGlobal>

namespace streamscope {

// A request counter: every advance() makes all earlier tags stale. Whoever hands out work keeps
// one and tags each request with advance(); a result comes back with its tag and is used only if
// isCurrent(tag). Disconnecting a signal or cancelling a thread does not recall what is already
// queued for delivery: the tag does.
//
// Not thread-safe on purpose: tags are made and checked on the owner's thread (the results are
// delivered there), so a plain integer is enough.
class Generation {
public:
    using Tag = quint64;

    // Starts a new request: every tag handed out before is stale from now on.
    Tag advance() { return ++m_current; }
    Tag current() const { return m_current; }
    bool isCurrent(Tag tag) const { return tag == m_current; }

private:
    Tag m_current = 0;
};

} // namespace streamscope
