#pragma once

#include <QtGlobal>

namespace streamscope::test {

// Sanitizer builds run everything several times slower (ThreadSanitizer 5-15x, AddressSanitizer
// about 2x): a time budget a plain build must hold is scaled there, so that those runs look for
// races and memory errors, not for speed. The plain build in scripts/test.sh holds the budgets.
#if defined(__SANITIZE_THREAD__)
inline constexpr int kSanitizerSlowdown = 15;
#elif defined(__SANITIZE_ADDRESS__)
inline constexpr int kSanitizerSlowdown = 3;
#else
inline constexpr int kSanitizerSlowdown = 1;
#endif

// A budget of `plainBuildMs` on a plain build, scaled on a sanitizer build.
constexpr qint64 budgetMs(qint64 plainBuildMs) {
    return plainBuildMs * kSanitizerSlowdown;
}

} // namespace streamscope::test
