#include "InterruptScope.h"

#include <atomic>
#include <csignal>

namespace streamscope::cli {

namespace {

// The handler may only do async-signal-safe things: the token's cancel() is one atomic store.
std::atomic<const CancelToken*> g_token{nullptr};

extern "C" void onInterrupt(int) {
    if (const CancelToken* token = g_token.load())
        token->cancel();
}

} // namespace

InterruptScope::InterruptScope() {
    g_token.store(&m_token);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

InterruptScope::~InterruptScope() {
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_token.store(nullptr);
}

} // namespace streamscope::cli
