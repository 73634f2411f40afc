#include "replay/ReplayTypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Replay)
};

} // namespace

ReplaySource ReplaySource::fromRows(ConnectionProfile profile,
                                    std::shared_ptr<const MessageStore> store,
                                    std::vector<quint32> rows, QString description) {
    ReplaySource s;
    s.profile = std::move(profile);
    s.store = std::move(store);
    s.rows = std::move(rows);
    s.description = std::move(description);
    return s;
}

ReplaySource ReplaySource::fromRange(ConnectionProfile profile, BrowseRequest request,
                                     QString description) {
    ReplaySource s;
    s.profile = std::move(profile);
    s.topic = request.topic;
    s.description = description.isEmpty() ? request.topic : std::move(description);
    s.range = std::move(request);
    return s;
}

QString newReplayId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ReplayReport::outcomeName() const {
    switch (outcome) {
    case Outcome::Completed:
        return QStringLiteral("completed");
    case Outcome::DryRun:
        return QStringLiteral("dry-run");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString ReplayReport::toText() const {
    const QLocale locale;
    QStringList lines;
    switch (outcome) {
    case Outcome::Refused:
        lines << Tr::tr("Replay refused: %1").arg(reason);
        lines << Tr::tr("Nothing was written.");
        return lines.join(QLatin1Char('\n'));
    case Outcome::DryRun: {
        lines << Tr::tr("Dry run: %1 record(s) from %2 would be replayed into %3.")
                     .arg(locale.toString(read), source, target);
        QStringList spread;
        for (auto it = partitionSpread.begin(); it != partitionSpread.end(); ++it)
            spread << Tr::tr("p%1: %2").arg(it.key()).arg(locale.toString(it.value()));
        if (!spread.isEmpty())
            lines << Tr::tr("Target partitions: %1").arg(spread.join(QStringLiteral(", ")));
        for (const auto& p : preview)
            lines << Tr::tr("  p%1@%2 -> p%3  key=%4  value=%5")
                         .arg(p.sourcePartition)
                         .arg(p.sourceOffset)
                         .arg(p.targetPartition)
                         .arg(p.key.isNull() ? QStringLiteral("(null)")
                                             : QString::fromUtf8(p.key.left(40)),
                              p.value.isNull() ? QStringLiteral("(null)")
                                               : QString::fromUtf8(p.value.left(60)));
        lines << Tr::tr("Nothing was written.");
        return lines.join(QLatin1Char('\n'));
    }
    case Outcome::Completed:
        lines << Tr::tr("Replay %1 completed: %2 record(s) from %3 into %4 in %5 s.")
                     .arg(replayId, locale.toString(replayed), source, target)
                     .arg(double(replayMs) / 1000.0, 0, 'f', 1);
        break;
    case Outcome::Cancelled:
        lines << Tr::tr("Replay %1 cancelled.").arg(replayId) << reason;
        break;
    case Outcome::Failed:
        lines << Tr::tr("Replay %1 failed: %2").arg(replayId, reason);
        lines << Tr::tr("Committed (visible to read_committed readers): %1; aborted: %2.")
                     .arg(locale.toString(replayed), locale.toString(aborted));
        break;
    }
    if (topicCreated)
        lines << Tr::tr("The target topic was created.");
    if (retriedChunks > 0)
        lines << Tr::tr("%n chunk(s) were aborted after broker trouble and written again; each "
                        "record is in the target once.",
                        nullptr, retriedChunks);
    if (verifyRequested) {
        if (verified)
            lines << Tr::tr("Verified: %1 record(s) read back with read_committed, every digest "
                            "equal (%2 s).")
                         .arg(locale.toString(verifiedCount))
                         .arg(double(verifyMs) / 1000.0, 0, 'f', 1);
        else if (mismatches > 0)
            lines << Tr::tr("Verification found %n mismatch(es):", nullptr, int(mismatches));
        else
            lines << Tr::tr("Not verified: %1 record(s) read back.")
                         .arg(locale.toString(verifiedCount));
        for (const QString& s : mismatchSamples)
            lines << QStringLiteral("  ") + s;
    } else {
        lines << Tr::tr("Verification was off.");
    }
    for (const QString& e : events)
        lines << QStringLiteral("- ") + e;
    return lines.join(QLatin1Char('\n'));
}

} // namespace streamscope
