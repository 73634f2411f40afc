#pragma once

#include <functional>
#include <utility>

namespace streamscope {

// How a page keeps up with a stream of snapshots while nobody sees it: on screen, each snapshot
// is applied at once; hidden, only the newest is kept (older ones are never applied, so a hidden
// page does no work per tick) and applied once when the page is shown again.
//
// In a page (one member, four one-line uses):
//   LatestWhileHidden<ClusterSnapshot> m_latest{[this](const ClusterSnapshot& s) { apply(s); }};
//   setPageActive(a):  ClusterPage::setPageActive(a); m_latest.setActive(a);
//   onSnapshot(s):     if (m_latest.offer(s)) { /* extra work only when shown now */ }
//   setSession(...):   m_latest.drop();   // nothing of the old session may show later
//
// T must be default-constructible (snapshots are shared pointers). A held value is applied even
// if it is "empty" (a null snapshot is news too); apply decides.
// Not thread-safe: snapshots arrive on the page's thread (queued signals).
template <typename T> class LatestWhileHidden {
public:
    using Apply = std::function<void(const T&)>;

    explicit LatestWhileHidden(Apply apply, bool active = false)
        : m_apply(std::move(apply))
        , m_active(active) {}

    // Shown: applies now and returns true. Hidden: keeps value (replacing any older one) and
    // returns false.
    bool offer(const T& value) {
        if (!m_active) {
            m_held = value;
            m_hasHeld = true;
            return false;
        }
        m_apply(value);
        return true;
    }

    // Becoming active applies the held value, if any, once.
    void setActive(bool active) {
        m_active = active;
        if (active && m_hasHeld) {
            // Taken out first: apply may offer a newer value or drop() (re-entrance).
            const T value = std::exchange(m_held, T());
            m_hasHeld = false;
            m_apply(value);
        }
    }
    bool isActive() const { return m_active; }

    // Forgets the held value (a new session: the old one's newest must not show later).
    void drop() {
        m_held = T();
        m_hasHeld = false;
    }
    bool hasHeld() const { return m_hasHeld; }
    // The value waiting for the page to be shown, nullptr if none.
    const T* held() const { return m_hasHeld ? &m_held : nullptr; }

private:
    Apply m_apply;
    // Not std::optional: GCC 12 warns (maybe-uninitialized, an error here) on moving a
    // shared_ptr out of one. T() holds nothing, so a dropped snapshot is freed at once.
    T m_held{};
    bool m_hasHeld = false;
    bool m_active;
};

} // namespace streamscope
