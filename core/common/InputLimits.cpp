#include "common/InputLimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <nlohmann/json.hpp>

#include <string>
#include <unordered_set>
#include <vector>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(InputLimits)
};

constexpr qint64 kReadChunk = 64 * 1024;

QString sizeText(qint64 bytes) {
    if (bytes >= (qint64(1) << 20) && bytes % (qint64(1) << 20) == 0)
        return Tr::tr("%1 MiB").arg(bytes >> 20);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return Tr::tr("%1 KiB").arg(bytes >> 10);
    return Tr::tr("%1 bytes").arg(bytes);
}

void appendEscaped(QString& out, char32_t c) {
    switch (c) {
    case U'\n':
        out += QStringLiteral("\\n");
        return;
    case U'\r':
        out += QStringLiteral("\\r");
        return;
    case U'\t':
        out += QStringLiteral("\\t");
        return;
    case U'\\':
        out += QStringLiteral("\\\\");
        return;
    default:
        break;
    }
    // C0 and C1 controls, DEL, and the bidi/format characters that can reorder a terminal line.
    const bool control = c < 0x20 || (c >= 0x7f && c < 0xa0);
    const bool format = QChar::category(c) == QChar::Other_Format;
    if (control)
        out += QStringLiteral("\\x%1").arg(static_cast<uint>(c), 2, 16, QLatin1Char('0'));
    else if (format)
        out += QStringLiteral("\\u{%1}").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
    else
        out += QString::fromUcs4(&c, 1);
}

} // namespace

Expected<QByteArray> readUserFile(const QString& path, qint64 maxBytes) {
    const QFileInfo info(path);
    if (info.isDir())
        return streamscopeError(Tr::tr("%1 is a directory, not a file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return streamscopeError(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    return readUserDevice(file, path, maxBytes);
}

Expected<QByteArray> readUserDevice(QIODevice& device, const QString& name, qint64 maxBytes) {
    const auto tooLarge = [&] {
        return streamscopeError(
            Tr::tr("%1 is larger than %2; is it the right file?").arg(name, sizeText(maxBytes)));
    };
    // Regular files say their size up front; devices and pipes report 0 and are read in bounded
    // chunks below.
    if (!device.isSequential() && device.size() > maxBytes)
        return tooLarge();
    QByteArray data;
    while (data.size() <= maxBytes) {
        const qint64 want = std::min(kReadChunk, maxBytes + 1 - data.size());
        const QByteArray chunk = device.read(want);
        if (chunk.isEmpty()) {
            if (auto* file = qobject_cast<QFileDevice*>(&device);
                file && file->error() != QFileDevice::NoError)
                return streamscopeError(
                    Tr::tr("cannot read %1: %2").arg(name, file->errorString()));
            break; // end of file
        }
        data += chunk;
    }
    if (data.size() > maxBytes)
        return tooLarge();
    return data;
}

Expected<QString> readUserTextFile(const QString& path, qint64 maxBytes) {
    const bool standardInput = path == u"-";
    const QString name = standardInput ? Tr::tr("standard input") : path;
    auto read = [&]() -> Expected<QByteArray> {
        if (!standardInput)
            return readUserFile(path, maxBytes);
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return streamscopeError(Tr::tr("cannot read %1: %2").arg(name, in.errorString()));
        return readUserDevice(in, name, maxBytes);
    };
    const Expected<QByteArray> bytes = read();
    if (!bytes)
        return bytes.error();
    if (auto problem = binaryContentProblem(*bytes))
        return streamscopeError(Tr::tr("%1 is %2").arg(name, *problem));
    return QString::fromUtf8(*bytes);
}

std::optional<QString> binaryContentProblem(QByteArrayView bytes) {
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Tr::tr("not a text file (a NUL byte at offset %1)").arg(nul);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // The decoder replaced the bad bytes: find the first replacement for the offset.
        const qsizetype at = text.indexOf(QChar::ReplacementCharacter);
        const qsizetype offset = at < 0 ? 0 : text.left(at).toUtf8().size();
        return Tr::tr("not a UTF-8 text file (an invalid byte at offset %1)").arg(offset);
    }
    return std::nullopt;
}

QString printableExcerpt(QStringView text, qsizetype maxChars) {
    QString out;
    qsizetype shown = 0;
    // A character has at most two UTF-16 units: convert only what can be shown.
    for (char32_t c : text.first(std::min(text.size(), maxChars * 2 + 2)).toUcs4()) {
        if (shown >= maxChars) {
            out += QStringLiteral("...");
            break;
        }
        appendEscaped(out, c);
        ++shown;
    }
    return out;
}

QString printableExcerpt(QByteArrayView bytes, qsizetype maxChars) {
    // Only decode what can be shown (a UTF-8 character has at most 4 bytes): the input may be
    // megabytes. Invalid bytes show as U+FFFD.
    const qsizetype headSize = std::min<qsizetype>(bytes.size(), maxChars * 4);
    QString out = printableExcerpt(QString::fromUtf8(bytes.first(headSize)), maxChars);
    if (headSize < bytes.size() && !out.endsWith(QStringLiteral("...")))
        out += QStringLiteral("...");
    return out;
}

namespace {

// A SAX consumer that only tracks where it is: a stack of open containers, each with its current
// index or key (for the error's path) and, for objects, the keys seen so far.
class StructureChecker {
public:
    using Json = nlohmann::json;

    explicit StructureChecker(const JsonStructureLimits& limits)
        : m_limits(limits) {}

    std::optional<QString> problem;

    bool null() { return scalar(); }
    bool boolean(bool) { return scalar(); }
    bool number_integer(Json::number_integer_t) { return scalar(); }
    bool number_unsigned(Json::number_unsigned_t) { return scalar(); }
    bool number_float(Json::number_float_t, const Json::string_t&) { return scalar(); }
    bool string(Json::string_t&) { return scalar(); }
    bool binary(Json::binary_t&) { return scalar(); }

    bool start_object(std::size_t) { return open(false); }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(true); }
    bool end_array() { return close(); }

    bool key(Json::string_t& key) {
        Frame& frame = m_stack.back();
        if (m_limits.rejectDuplicateKeys && !frame.keys.insert(key).second) {
            problem = Tr::tr("%1duplicate key \"%2\" (each key may appear once in an object)")
                          .arg(pathPrefix(false), printableExcerpt(QString::fromStdString(key)));
            return false;
        }
        frame.key = key;
        return true;
    }

    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) {
        // nlohmann's messages start with "[json.exception.parse_error.101] "; the rest is the
        // useful part ("parse error at line 3, column 5: syntax error while parsing ...").
        QString text = QString::fromUtf8(error.what());
        const qsizetype bracket = text.indexOf(QStringLiteral("] "));
        if (text.startsWith(QLatin1Char('[')) && bracket > 0)
            text = text.mid(bracket + 2);
        problem = printableExcerpt(text, 300);
        return false;
    }

private:
    struct Frame {
        bool array = false;
        std::size_t index = 0;
        std::string key;
        std::unordered_set<std::string> keys;
    };

    bool scalar() {
        if (!m_stack.empty() && m_stack.back().array)
            ++m_stack.back().index;
        return true;
    }

    bool open(bool array) {
        if (static_cast<int>(m_stack.size()) >= m_limits.maxDepth) {
            problem = Tr::tr("%1nested deeper than %2 levels")
                          .arg(pathPrefix(true))
                          .arg(m_limits.maxDepth);
            return false;
        }
        m_stack.push_back(Frame{array, 0, {}, {}});
        return true;
    }

    bool close() {
        m_stack.pop_back();
        return scalar(); // the closed container was one element of its parent
    }

    // "a.b[3]: " for messages, with the middle of very long paths left out. withChild includes
    // the element being parsed in the innermost container (where a value starts).
    QString pathPrefix(bool withChild) const {
        QString path;
        const std::size_t count = withChild ? m_stack.size() : m_stack.size() - 1;
        for (std::size_t i = 0; i < count; ++i) {
            const Frame& frame = m_stack[i];
            if (frame.array)
                path += QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
            else
                path += (path.isEmpty() ? QString() : QStringLiteral(".")) +
                        printableExcerpt(QString::fromStdString(frame.key), 40);
        }
        if (path.isEmpty())
            return QString();
        constexpr qsizetype kHead = 40;
        constexpr qsizetype kTail = 60;
        if (path.size() > kHead + kTail + 3)
            path = path.left(kHead) + QStringLiteral("...") + path.right(kTail);
        return path + QStringLiteral(": ");
    }

    const JsonStructureLimits& m_limits;
    std::vector<Frame> m_stack;
};

} // namespace

std::optional<QString> checkJsonStructure(QByteArrayView json, const JsonStructureLimits& limits) {
    StructureChecker checker(limits);
    const bool ok = nlohmann::json::sax_parse(json.begin(), json.end(), &checker);
    if (ok)
        return std::nullopt;
    if (!checker.problem)
        checker.problem = Tr::tr("invalid JSON");
    return checker.problem;
}

} // namespace streamscope
