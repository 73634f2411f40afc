#pragma once

// The compiled form of a display filter: private to core/browse (Filter.cpp builds it,
// FilterEval.cpp runs it). Immutable once built, so any number of threads evaluate it at once.

#include <QByteArray>
#include <QRegularExpression>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace streamscope {

enum class FilterField { Topic, Partition, Offset, Timestamp, Key, Value, Size, Header, Json };

enum class FilterOp { Eq, Ne, Lt, Le, Gt, Ge, Contains, Matches, In };

struct FilterLiteral {
    enum class Kind { String, Number, Bool, Null };
    Kind kind = Kind::Null;
    std::string text; // strings: UTF-8; numbers: as written (for textual comparisons)
    double number = 0;
    qint64 integer = 0;
    bool isInteger = false; // number fits qint64 exactly
    bool boolean = false;
};

struct FilterNode {
    enum class Kind { True, And, Or, Not, Present, Compare };
    Kind kind = Kind::True;
    std::unique_ptr<FilterNode> left; // And, Or, Not
    std::unique_ptr<FilterNode> right;
    FilterField field = FilterField::Topic; // Present, Compare
    QByteArray headerName;                  // FilterField::Header
    std::string jsonPointer;                // FilterField::Json (RFC 6901)
    FilterOp op = FilterOp::Eq;
    std::vector<FilterLiteral> literals;     // one, or the set of `in`
    std::optional<QRegularExpression> regex; // FilterOp::Matches
};

struct FilterProgram {
    std::unique_ptr<FilterNode> root;
    bool readsJson = false;
};

} // namespace streamscope
