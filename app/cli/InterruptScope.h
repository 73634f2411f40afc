#pragma once

#include "common/CancelToken.h"

namespace streamscope::cli {

// Ctrl-C and SIGTERM cancel a blocking command's work instead of killing the process, so it can
// print what it has and exit cleanly. While the scope lives, both signals cancel token(); the
// destructor restores the default dispositions. One scope at a time per process.
class InterruptScope {
public:
    InterruptScope();
    ~InterruptScope();
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;

    const CancelToken& token() const { return m_token; }

private:
    CancelToken m_token;
};

} // namespace streamscope::cli
