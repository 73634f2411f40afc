#pragma once

#include "common/Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <QStringView>

#include <optional>

// Limits on input that comes from the user (files named on the command line or in a dialog,
// JSON documents): every reader is bounded, so no input can exhaust memory, overflow the stack
// or flood a terminal.
namespace streamscope {

// A client config is a few dozen key=value lines; 1 MiB leaves room for inline PEM certificates.
inline constexpr qint64 kMaxClientConfigBytes = qint64(1) << 20;
// Scenarios are hand-written JSON; 16 MiB is far beyond any real one.
inline constexpr qint64 kMaxScenarioBytes = qint64(16) << 20;
// Deeper JSON than this is no configuration anyone writes, and the tree's recursive printers and
// copies must stay far from the stack's end.
inline constexpr int kMaxJsonDepth = 512;

// Reads at most maxBytes from a file the user named. Never reads more than maxBytes + 1 bytes,
// so devices and pipes that never end (/dev/zero) fail fast instead of eating memory.
Expected<QByteArray> readUserFile(const QString& path, qint64 maxBytes);
// The same bound for an open device (standard input for "-"); name is what messages call it.
Expected<QByteArray> readUserDevice(QIODevice& device, const QString& name, qint64 maxBytes);
// A text file the user named ("-": standard input): at most maxBytes, and text (no NUL byte,
// valid UTF-8), or an error that says which and where.
Expected<QString> readUserTextFile(const QString& path, qint64 maxBytes);

// Describes why bytes are not a text file (a NUL byte, invalid UTF-8), naming the offset; nothing
// when they are text.
std::optional<QString> binaryContentProblem(QByteArrayView bytes);

// A short, single-line, printable rendering of user input for messages: control characters and
// invalid bytes are escaped (\n, \x1b, ...), and the result is cut at maxChars with "...".
QString printableExcerpt(QStringView text, qsizetype maxChars = 60);
QString printableExcerpt(QByteArrayView bytes, qsizetype maxChars = 60);

struct JsonStructureLimits {
    int maxDepth = kMaxJsonDepth;
    bool rejectDuplicateKeys = true;
};

// Checks a JSON document without building it: syntax, nesting depth and (optionally) duplicate
// keys in one object. Returns the problem with its place ("services[2].consumes[0]: duplicate
// key \"topic\"", or the parser's line and column), or nothing when the document is fine. Its
// memory does not grow with the depth beyond the limit, so it is safe on any input.
std::optional<QString> checkJsonStructure(QByteArrayView json, const JsonStructureLimits& limits);

} // namespace streamscope
