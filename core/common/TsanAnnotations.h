#pragma once

// Happens-before edges ThreadSanitizer cannot see. Qt as Debian builds it hands runnables to its
// thread pool and queued calls to an event loop through futex-based locks that TSan does not
// intercept, so TSan would report the hand-over of everything passed that way as a race. A
// release before the hand-over and an acquire on the receiving side, on the same address, state
// the edge Qt's lock provides. Outside TSan builds these are empty.
#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void* addr);
extern "C" void __tsan_release(void* addr);
#endif

namespace streamscope {

inline void tsanRelease([[maybe_unused]] const void* handedOver) {
#if defined(__SANITIZE_THREAD__)
    __tsan_release(const_cast<void*>(handedOver));
#endif
}

inline void tsanAcquire([[maybe_unused]] const void* handedOver) {
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(const_cast<void*>(handedOver));
#endif
}

} // namespace streamscope
