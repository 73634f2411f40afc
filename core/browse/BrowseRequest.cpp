#include "browse/BrowseRequest.h"

#include "browse/BrowseTr.h"
#include <QDateTime>
#include <QTimeZone>

namespace streamscope {

namespace {

std::optional<qint64> parseCount(QStringView text) {
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

// "N" (every partition) or "P=N,P=N…" (per partition; blanks allowed around the commas).
bool parseOffsets(QStringView text, qint64* value, std::map<int, qint64>* perPartition) {
    if (!text.contains(u'=')) {
        const auto n = parseCount(text);
        if (n)
            *value = *n;
        return bool(n);
    }
    for (QStringView pair : text.split(u',')) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq < 0)
            return false;
        bool ok = false;
        const int partition = pair.left(eq).trimmed().toInt(&ok);
        const auto offset = parseCount(pair.mid(eq + 1).trimmed());
        if (!ok || partition < 0 || !offset || perPartition->count(partition))
            return false;
        (*perPartition)[partition] = *offset;
    }
    return !perPartition->empty();
}

} // namespace

Expected<qint64> parseIsoTime(const QString& text) {
    const QString t = text.trimmed();
    QDateTime time = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    } else if (time.timeSpec() == Qt::LocalTime) {
        // No zone given: UTC, so the same text means the same instant on every machine.
        time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    }
    if (!time.isValid())
        return streamscopeError(
            BrowseTr::tr("\"%1\" is not an ISO-8601 time (like 2026-12-02T10:00:00Z)").arg(text));
    return time.toMSecsSinceEpoch();
}

Expected<BrowseStart> parseBrowseStart(const QString& text) {
    BrowseStart start;
    if (text == u"beginning") {
        start.mode = BrowseStart::Mode::Beginning;
    } else if (text == u"end") {
        start.mode = BrowseStart::Mode::FromEnd;
    } else if (text.startsWith(u'-')) {
        const auto n = parseCount(QStringView(text).mid(1));
        if (!n)
            return streamscopeError(BrowseTr::tr("\"%1\": expected -N with a count N").arg(text));
        start = {BrowseStart::Mode::FromEnd, *n};
    } else if (text.startsWith(u"offset:")) {
        start.mode = BrowseStart::Mode::Offset;
        if (!parseOffsets(QStringView(text).mid(7), &start.value, &start.partitionOffsets))
            return streamscopeError(BrowseTr::tr("\"%1\": expected offset:N with an offset N >= "
                                                 "0, or offset:P=N,P=N per partition")
                                        .arg(text));
    } else if (text.startsWith(u"time:")) {
        auto ms = parseIsoTime(text.mid(5));
        if (!ms)
            return ms.error();
        start = {BrowseStart::Mode::Timestamp, *ms};
    } else {
        return streamscopeError(
            BrowseTr::tr("\"%1\": expected beginning, end, -N, offset:N or time:ISO-8601")
                .arg(text));
    }
    return start;
}

Expected<BrowseStop> parseBrowseStop(const QString& text) {
    BrowseStop stop;
    if (text == u"end") {
        stop.mode = BrowseStop::Mode::End;
    } else if (text == u"live") {
        stop.mode = BrowseStop::Mode::Live;
    } else if (text.startsWith(u"count:")) {
        const auto n = parseCount(QStringView(text).mid(6));
        if (!n)
            return streamscopeError(
                BrowseTr::tr("\"%1\": expected count:N with a count N >= 0").arg(text));
        stop = {BrowseStop::Mode::Count, *n};
    } else if (text.startsWith(u"time:")) {
        auto ms = parseIsoTime(text.mid(5));
        if (!ms)
            return ms.error();
        stop = {BrowseStop::Mode::Timestamp, *ms};
    } else if (text.startsWith(u"offset:")) {
        stop.mode = BrowseStop::Mode::Offset;
        if (!parseOffsets(QStringView(text).mid(7), &stop.value, &stop.partitionOffsets))
            return streamscopeError(BrowseTr::tr("\"%1\": expected offset:N (stop before offset "
                                                 "N), or offset:P=N,P=N per partition")
                                        .arg(text));
    } else {
        return streamscopeError(
            BrowseTr::tr("\"%1\": expected end, count:N, time:ISO-8601, offset:N or live")
                .arg(text));
    }
    return stop;
}

} // namespace streamscope
