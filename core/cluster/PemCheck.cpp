#include "cluster/PemCheck.h"

#include "common/InputLimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QMutex>

#include <optional>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PemCheck)
};

// A CA bundle of every public CA is about 200 kB; a PEM setting beyond 1 MiB is the wrong file.
constexpr qint64 kMaxPemBytes = qint64(1) << 20;

struct PemBlock {
    QByteArray label; // "CERTIFICATE", "RSA PRIVATE KEY", ...
    int line = 0;     // 1-based line of its BEGIN
    bool complete = false;
    bool base64 = true;
};

bool isBase64Line(QByteArrayView line) {
    for (const char c : line) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
        if (!ok)
            return false;
    }
    return true;
}

// The blocks of a PEM text: "-----BEGIN X-----", base64 lines (after optional RFC 1421
// "Name: value" headers of legacy encrypted keys), "-----END X-----".
QList<PemBlock> pemBlocks(QByteArrayView text) {
    QList<PemBlock> blocks;
    PemBlock* open = nullptr;
    bool inHeaders = false;
    int lineNo = 0;
    for (QByteArrayView rest = text; !rest.isEmpty();) {
        const qsizetype nl = rest.indexOf('\n');
        QByteArrayView line = nl < 0 ? rest : rest.first(nl);
        rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
        ++lineNo;
        line = line.trimmed();
        if (line.startsWith("-----BEGIN ") && line.endsWith("-----")) {
            blocks.append({line.sliced(11, line.size() - 16).toByteArray(), lineNo});
            open = &blocks.last();
            inHeaders = true;
            continue;
        }
        if (!open)
            continue; // text around blocks is allowed (openssl writes "Bag Attributes" there)
        if (line.startsWith("-----END ")) {
            open->complete = line == QByteArray("-----END " + open->label + "-----");
            open = nullptr;
            continue;
        }
        if (inHeaders && line.contains(':'))
            continue;
        inHeaders = false;
        if (!isBase64Line(line))
            open->base64 = false;
    }
    return blocks;
}

bool isKeyLabel(QByteArrayView label) {
    return label.endsWith("PRIVATE KEY");
}

bool isCertificateLabel(QByteArrayView label) {
    return label == "CERTIFICATE" || label == "TRUSTED CERTIFICATE" || label == "X509 CERTIFICATE";
}

QString wanted(PemKind kind) {
    return kind == PemKind::Certificate ? QStringLiteral("-----BEGIN CERTIFICATE-----")
                                        : QStringLiteral("-----BEGIN PRIVATE KEY-----");
}

} // namespace

QString pemTextProblem(QByteArrayView text, PemKind kind, const QString& field) {
    if (text.trimmed().isEmpty())
        return Tr::tr("%1 is empty.").arg(field);
    if (const auto binary = binaryContentProblem(text))
        return Tr::tr("%1 is not PEM text but binary data (%2); convert it to PEM, e.g. with "
                      "openssl.")
            .arg(field, *binary);
    const QList<PemBlock> blocks = pemBlocks(text);
    if (blocks.isEmpty())
        return Tr::tr("%1 holds no PEM block (a line %2); it starts with \u201c%3\u201d.")
            .arg(field, wanted(kind), printableExcerpt(text.trimmed(), 40));
    bool haveWanted = false;
    bool haveOther = false;
    for (const PemBlock& block : blocks) {
        if (!block.complete)
            return Tr::tr("%1: the PEM block \u201c%2\u201d at line %3 has no matching END line "
                          "(cut off?).")
                .arg(field, QString::fromLatin1(block.label))
                .arg(block.line);
        if (!block.base64)
            return Tr::tr("%1: the PEM block \u201c%2\u201d at line %3 is damaged (its body is "
                          "not base64).")
                .arg(field, QString::fromLatin1(block.label))
                .arg(block.line);
        const bool isWanted = kind == PemKind::Certificate ? isCertificateLabel(block.label)
                                                           : isKeyLabel(block.label);
        haveWanted = haveWanted || isWanted;
        haveOther = haveOther || !isWanted;
    }
    if (haveWanted)
        return {};
    return kind == PemKind::Certificate
               ? Tr::tr("%1 holds no certificate (%2), only \u201c%3\u201d.")
                     .arg(field, wanted(kind), QString::fromLatin1(blocks.first().label))
               : Tr::tr("%1 holds no private key (%2), only \u201c%3\u201d.")
                     .arg(field, wanted(kind), QString::fromLatin1(blocks.first().label));
}

namespace {

// Verdicts of pemFileProblem, kept while the file's size and modification time stay: the profile
// editor checks its fields on every keystroke on the GUI thread, which then costs a stat() per
// file, not a read and a parse.
class FileVerdictCache {
public:
    struct Stamp {
        qint64 size = -1;
        QDateTime modified;
        friend bool operator==(const Stamp&, const Stamp&) = default;
    };

    std::optional<QString> find(const QString& key, const Stamp& stamp) {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(key);
        if (it == m_entries.constEnd() || !(it->stamp == stamp))
            return std::nullopt;
        return it->problem;
    }
    void insert(const QString& key, const Stamp& stamp, const QString& problem) {
        const QMutexLocker lock(&m_mutex);
        if (m_entries.size() >= kMaxEntries) // a long session of typed paths: start over
            m_entries.clear();
        m_entries.insert(key, {stamp, problem});
    }

private:
    static constexpr qsizetype kMaxEntries = 256;
    struct Entry {
        Stamp stamp;
        QString problem;
    };
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

FileVerdictCache& fileVerdicts() {
    static FileVerdictCache cache;
    return cache;
}

} // namespace

QString pemFileProblem(const QString& path, PemKind kind, const QString& field) {
    const QFileInfo info(path);
    if (kind == PemKind::Certificate && info.isDir())
        return {};
    if (!info.exists())
        return Tr::tr("%1 \u201c%2\u201d does not exist.").arg(field, path);
    const FileVerdictCache::Stamp stamp{info.size(), info.lastModified()};
    const QString key = QString::number(int(kind)) + QLatin1Char('\n') + field + QLatin1Char('\n') +
                        info.absoluteFilePath();
    if (auto known = fileVerdicts().find(key, stamp))
        return *known;
    auto bytes = readUserFile(path, kMaxPemBytes);
    QString problem =
        bytes ? pemTextProblem(*bytes, kind, Tr::tr("%1 \u201c%2\u201d").arg(field, path))
              : Tr::tr("%1: %2").arg(field, bytes.error().message);
    // A file written within the last seconds may change again within the clock's granularity
    // at the same size (git's "racy" case): its verdict is not kept.
    if (stamp.modified.secsTo(QDateTime::currentDateTimeUtc()) > 2)
        fileVerdicts().insert(key, stamp, problem);
    return problem;
}

Status checkPemProperty(const QString& key, const QString& value) {
    QString problem;
    if (key == u"ssl.ca.location") {
        if (value != u"probe") // librdkafka's "search the system's CA folders"
            problem = pemFileProblem(value, PemKind::Certificate, Tr::tr("CA file (%1)").arg(key));
    } else if (key == u"ssl.certificate.location") {
        problem =
            pemFileProblem(value, PemKind::Certificate, Tr::tr("Client certificate (%1)").arg(key));
    } else if (key == u"ssl.key.location") {
        problem = pemFileProblem(value, PemKind::PrivateKey, Tr::tr("Client key (%1)").arg(key));
    } else if (key == u"ssl.ca.pem") {
        problem = pemTextProblem(value.toUtf8(), PemKind::Certificate, key);
    } else if (key == u"ssl.certificate.pem") {
        problem = pemTextProblem(value.toUtf8(), PemKind::Certificate, key);
    } else if (key == u"ssl.key.pem") {
        problem = pemTextProblem(value.toUtf8(), PemKind::PrivateKey, key);
    }
    if (problem.isEmpty())
        return {};
    return streamscopeError(problem);
}

} // namespace streamscope
