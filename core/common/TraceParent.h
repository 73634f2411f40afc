#pragma once

#include <QtGlobal>

#include <cstdint>
#include <optional>
#include <string_view>

namespace streamscope {

// The 128 bits of a W3C trace id, as two big-endian halves ("4bf9…" is the top of `high`).
struct TraceId {
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    friend bool operator==(const TraceId&, const TraceId&) = default;
    friend auto operator<=>(const TraceId&, const TraceId&) = default;
};

inline size_t qHash(const TraceId& id, size_t seed = 0) noexcept {
    return size_t(id.low ^ (id.high * 0x9e3779b97f4a7c15ULL) ^ seed);
}

// A parsed `traceparent` header (https://www.w3.org/TR/trace-context/#traceparent-header):
// "<version>-<trace id>-<parent id>-<flags>", e.g. 00-4bf92f3577b34da6a3ce929d0e0e4736-
// 00f067aa0ba902b7-01. The views point into the parsed text (no copy): valid while it is.
struct TraceParent {
    std::string_view traceIdHex;  // 32 lowercase hex digits, never all zeros
    std::string_view parentIdHex; // 16 lowercase hex digits, never all zeros
    TraceId traceId;              // the same 128 bits as numbers
    std::uint8_t flags = 0;
};

// The one traceparent parser (simulator, service graph, checks). Follows the spec's rules:
// lowercase hex only, version ff is invalid, all-zero trace or parent ids are invalid, version 00
// is exactly 55 characters, a later version may carry more fields after the flags ("-…").
// Blanks around the value are ignored. Nothing when the text is not a valid traceparent.
std::optional<TraceParent> parseTraceparent(std::string_view text);

} // namespace streamscope
