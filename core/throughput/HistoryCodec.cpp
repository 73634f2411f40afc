#include "throughput/HistoryCodec.h"

#include <QDateTime>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <functional>
#include <mutex>
#include <shared_mutex>
#include <type_traits>
#include <vector>

namespace streamscope {

namespace {

constexpr char kMagic[8] = {'S', 'T', 'R', 'M', 'H', 'I', 'S', 'T'};
constexpr qsizetype kMaxNameBytes = 64 * 1024; // far above Kafka's 249-character topic names
constexpr qint64 kDayMs = 86400000;

// The unsigned integer with the bits of T (floats are stored as their IEEE bits).
template <typename T>
using BitsOf =
    std::conditional_t<sizeof(T) == 8, quint64,
                       std::conditional_t<sizeof(T) == 4, quint32,
                                          std::conditional_t<sizeof(T) == 2, quint16, quint8>>>;

template <typename T> void storeLittleEndian(T value, char* out) {
    const auto bits = qToLittleEndian(std::bit_cast<BitsOf<T>>(value));
    std::memcpy(out, &bits, sizeof bits);
}

template <typename T> T loadLittleEndian(const char* in) {
    BitsOf<T> bits;
    std::memcpy(&bits, in, sizeof bits);
    return std::bit_cast<T>(qFromLittleEndian(bits));
}

// Copies `count` values to little-endian bytes: one memcpy on little-endian hosts.
template <typename T> void storeArray(const T* values, std::size_t count, char* out) {
    if (count == 0)
        return; // an empty vector's data() may be null, which memcpy must not get
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(out, values, count * sizeof(T));
    } else {
        for (std::size_t i = 0; i < count; ++i)
            storeLittleEndian(values[i], out + i * sizeof(T));
    }
}

template <typename T> void loadArray(const char* in, std::size_t count, T* out) {
    if (count == 0)
        return;
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(out, in, count * sizeof(T));
    } else {
        for (std::size_t i = 0; i < count; ++i)
            out[i] = loadLittleEndian<T>(in + i * sizeof(T));
    }
}

quint32 crc32Of(const char* data, qsizetype size) {
    return static_cast<quint32>(
        crc32_z(0, reinterpret_cast<const Bytef*>(data), static_cast<z_size_t>(size)));
}

// Appends little-endian values to a buffer reserved up front.
class ByteWriter {
public:
    explicit ByteWriter(qsizetype reserve) { m_bytes.reserve(reserve); }

    template <typename T> void put(T value) {
        char raw[sizeof(T)];
        storeLittleEndian(value, raw);
        m_bytes.append(raw, sizeof(T));
    }
    void putString(const QString& text) {
        const QByteArray utf8 = text.toUtf8();
        put(static_cast<quint32>(utf8.size()));
        m_bytes.append(utf8);
    }
    template <typename T> void putVector(const std::vector<T>& values) {
        put(static_cast<quint32>(values.size()));
        appendArray(values.data(), values.size());
    }
    // u32 count + values, oldest first; a null ring is written as count 0.
    template <typename T> void putRing(const RingBuffer<T>* ring) {
        put(static_cast<quint32>(ring ? ring->size() : 0));
        if (ring)
            ring->forEachBlock(
                [this](const T* data, std::size_t count) { appendArray(data, count); });
    }
    QByteArray take() { return std::move(m_bytes); }

private:
    template <typename T> void appendArray(const T* values, std::size_t count) {
        const qsizetype at = m_bytes.size();
        m_bytes.resize(at + static_cast<qsizetype>(count * sizeof(T)));
        storeArray(values, count, m_bytes.data() + at);
    }

    QByteArray m_bytes;
};

// Reads little-endian values with a bounds check on every read: a damaged or hostile file ends
// in a sticky failure, never in a read past the buffer or a huge allocation.
class ByteReader {
public:
    explicit ByteReader(const QByteArray& bytes)
        : m_data(bytes.constData())
        , m_size(bytes.size()) {}

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    qsizetype remaining() const { return m_size - m_pos; }
    void fail(const QString& why) {
        if (m_error.isEmpty())
            m_error = why;
        m_pos = m_size;
    }

    template <typename T> T get() {
        if (!take(sizeof(T)))
            return T{};
        return loadLittleEndian<T>(m_data + m_pos - static_cast<qsizetype>(sizeof(T)));
    }
    QString getString() {
        const auto size = get<quint32>();
        if (size > kMaxNameBytes) {
            fail(QStringLiteral("a name of %1 bytes").arg(size));
            return {};
        }
        if (!take(size))
            return {};
        return QString::fromUtf8(m_data + m_pos - size, static_cast<qsizetype>(size));
    }
    // u32 count (at most maxCount) + values.
    template <typename T> std::vector<T> getVector(std::size_t maxCount) {
        const auto count = get<quint32>();
        std::vector<T> out;
        if (count > maxCount) {
            fail(QStringLiteral("%1 values where at most %2 fit").arg(count).arg(maxCount));
            return out;
        }
        if (!take(static_cast<qsizetype>(count * sizeof(T))))
            return out;
        out.resize(count);
        loadArray(m_data + m_pos - static_cast<qsizetype>(count * sizeof(T)), count, out.data());
        return out;
    }

private:
    bool take(qsizetype bytes) {
        if (!ok())
            return false;
        if (bytes > remaining()) {
            fail(QStringLiteral("the payload ends early"));
            return false;
        }
        m_pos += bytes;
        return true;
    }

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    QString m_error;
};

HistoryLoadResult failure(HistoryLoadStatus status, QString reason) {
    HistoryLoadResult result;
    result.status = status;
    result.reason = std::move(reason);
    return result;
}

QString isoTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

template <typename T> bool strictlyAscending(const std::vector<T>& values) {
    return std::adjacent_find(values.begin(), values.end(), std::greater_equal<T>()) ==
           values.end();
}

} // namespace

QString historyLoadStatusName(HistoryLoadStatus status) {
    switch (status) {
    case HistoryLoadStatus::Restored:
        return QStringLiteral("restored");
    case HistoryLoadStatus::NoFile:
        return QStringLiteral("no file");
    case HistoryLoadStatus::Stale:
        return QStringLiteral("stale");
    case HistoryLoadStatus::Unreadable:
        return QStringLiteral("unreadable");
    case HistoryLoadStatus::Truncated:
        return QStringLiteral("truncated");
    case HistoryLoadStatus::BadMagic:
        return QStringLiteral("not a history file");
    case HistoryLoadStatus::UnsupportedVersion:
        return QStringLiteral("unsupported version");
    case HistoryLoadStatus::NewerVersion:
        return QStringLiteral("newer version");
    case HistoryLoadStatus::BadChecksum:
        return QStringLiteral("checksum mismatch");
    case HistoryLoadStatus::Corrupt:
        return QStringLiteral("corrupt");
    case HistoryLoadStatus::FromTheFuture:
        return QStringLiteral("from the future");
    case HistoryLoadStatus::OtherCluster:
        return QStringLiteral("other cluster");
    }
    return QStringLiteral("unknown");
}

// ---------------------------------------------------------------------------------------------
// Encoding

QByteArray HistoryCodec::encodePayload(const ThroughputHistory& history, const QString& clusterKey,
                                       qint64 savedAtMs) {
    std::shared_lock lock(history.m_mutex);
    const unsigned long long oldestTick = history.m_tickTimes.pushed() - history.m_tickTimes.size();
    const unsigned long long oldestBucket =
        history.m_bucketTimes.pushed() - history.m_bucketTimes.size();

    auto seriesBytes = [](const RateSeries& series) {
        const std::size_t ticks = series.m_ticks ? series.m_ticks->size() : 0;
        const std::size_t buckets = series.m_buckets ? series.m_buckets->size() : 0;
        return 4 * 4 + (ticks + buckets) * sizeof(float) + 2 * sizeof(double);
    };
    // Reserve once: a full history of 10,000 busy partitions is over 100 MiB, and growing the
    // buffer step by step would copy it several times.
    std::size_t reserve = 256 + (history.m_tickTimes.size() + history.m_bucketTimes.size()) * 8 +
                          (history.m_gapTicks.size() + history.m_gapBuckets.size()) * 4 +
                          static_cast<std::size_t>(clusterKey.size()) * 3 +
                          seriesBytes(history.m_cluster);
    for (const auto& [name, topic] : history.m_topics) {
        reserve += 4 + static_cast<std::size_t>(name.size()) * 3 + 1 + 4 + seriesBytes(topic.total);
        for (std::size_t i = 0; i < topic.partitions.size(); ++i)
            reserve += 1 + (topic.hasPartition[i] ? seriesBytes(topic.partitions[i]) : 0);
    }
    ByteWriter out(static_cast<qsizetype>(reserve));

    out.putString(clusterKey);
    out.put<qint64>(savedAtMs);
    out.put<quint64>(history.m_config.tickCapacity);
    out.put<qint64>(history.m_config.bucketMs);
    out.put<quint64>(history.m_config.bucketCapacity);
    out.put<double>(history.m_meanTickMs);
    out.put<qint64>(history.m_lastTickMs);
    out.put<qint64>(history.m_openBucketStart);
    out.put<quint8>(history.m_openBucketHasTicks ? 1 : 0);
    out.putRing(&history.m_tickTimes);
    out.putRing(&history.m_bucketTimes);
    auto positions = [](const std::vector<unsigned long long>& gaps, unsigned long long oldest) {
        std::vector<quint32> relative;
        relative.reserve(gaps.size());
        for (unsigned long long gap : gaps)
            relative.push_back(static_cast<quint32>(gap - oldest));
        return relative;
    };
    out.putVector(positions(history.m_gapTicks, oldestTick));
    out.putVector(positions(history.m_gapBuckets, oldestBucket));

    auto putSeries = [&](const RateSeries& series) {
        const auto position = [](unsigned long long first, unsigned long long oldest) {
            return static_cast<quint32>(first > oldest ? first - oldest : 0);
        };
        out.put<quint32>(position(series.m_firstTick, oldestTick));
        out.put<quint32>(position(series.m_firstBucket, oldestBucket));
        out.putRing(series.m_ticks.get());
        out.putRing(series.m_buckets.get());
        out.put<double>(series.m_bucketSum);
        out.put<double>(series.m_bucketWeight);
    };
    out.put<quint8>(history.m_hasCluster ? 1 : 0);
    if (history.m_hasCluster)
        putSeries(history.m_cluster);
    out.put<quint32>(static_cast<quint32>(history.m_topics.size()));
    for (const auto& [name, topic] : history.m_topics) {
        out.putString(name);
        out.put<quint8>(topic.hasTotal ? 1 : 0);
        if (topic.hasTotal)
            putSeries(topic.total);
        out.put<quint32>(static_cast<quint32>(topic.partitions.size()));
        for (std::size_t i = 0; i < topic.partitions.size(); ++i) {
            out.put<quint8>(topic.hasPartition[i] ? 1 : 0);
            if (topic.hasPartition[i])
                putSeries(topic.partitions[i]);
        }
    }
    return out.take();
}

QByteArray HistoryCodec::header(const QByteArray& payload) {
    QByteArray header;
    header.reserve(kHeaderBytes);
    header.append(kMagic, sizeof kMagic);
    char raw[8];
    storeLittleEndian<quint32>(kFormatVersion, raw);
    header.append(raw, 4);
    storeLittleEndian<quint64>(static_cast<quint64>(payload.size()), raw);
    header.append(raw, 8);
    storeLittleEndian<quint32>(crc32Of(payload.constData(), payload.size()), raw);
    header.append(raw, 4);
    return header;
}

QByteArray HistoryCodec::frame(const QByteArray& payload) {
    return header(payload) + payload;
}

// ---------------------------------------------------------------------------------------------
// Decoding

quint32 HistoryCodec::headerVersion(const QByteArray& head) {
    if (head.size() < 12 || std::memcmp(head.constData(), kMagic, sizeof kMagic) != 0)
        return 0;
    return loadLittleEndian<quint32>(head.constData() + 8);
}

HistoryLoadResult HistoryCodec::unframe(const QByteArray& file, QByteArray& payload) {
    if (file.size() < qsizetype(sizeof kMagic))
        return failure(HistoryLoadStatus::Truncated,
                       QStringLiteral("only %1 bytes, shorter than the header").arg(file.size()));
    if (std::memcmp(file.constData(), kMagic, sizeof kMagic) != 0)
        return failure(HistoryLoadStatus::BadMagic,
                       QStringLiteral("it does not start with the history file magic"));
    if (file.size() < kHeaderBytes)
        return failure(HistoryLoadStatus::Truncated,
                       QStringLiteral("only %1 bytes, shorter than the header").arg(file.size()));
    const auto version = loadLittleEndian<quint32>(file.constData() + 8);
    if (version > kFormatVersion)
        return failure(HistoryLoadStatus::NewerVersion,
                       QStringLiteral("format version %1 is newer than this build reads (%2)")
                           .arg(version)
                           .arg(kFormatVersion));
    if (version != kFormatVersion)
        return failure(HistoryLoadStatus::UnsupportedVersion,
                       QStringLiteral("format version %1 is not supported").arg(version));
    const auto payloadSize = loadLittleEndian<quint64>(file.constData() + 12);
    const auto available = static_cast<quint64>(file.size() - kHeaderBytes);
    if (payloadSize > available)
        return failure(
            HistoryLoadStatus::Truncated,
            QStringLiteral("%1 of %2 payload bytes present").arg(available).arg(payloadSize));
    if (payloadSize < available)
        return failure(HistoryLoadStatus::Corrupt,
                       QStringLiteral("%1 bytes after the payload").arg(available - payloadSize));
    const auto storedCrc = loadLittleEndian<quint32>(file.constData() + 20);
    const quint32 crc = crc32Of(file.constData() + kHeaderBytes, file.size() - kHeaderBytes);
    if (crc != storedCrc)
        return failure(HistoryLoadStatus::BadChecksum,
                       QStringLiteral("payload CRC-32 %1, header says %2")
                           .arg(crc, 8, 16, QLatin1Char('0'))
                           .arg(storedCrc, 8, 16, QLatin1Char('0')));
    payload = QByteArray::fromRawData(file.constData() + kHeaderBytes, file.size() - kHeaderBytes);
    HistoryLoadResult ok;
    ok.status = HistoryLoadStatus::Restored;
    return ok;
}

namespace {

// How the saved axes map onto the restoring history: which ticks and buckets survive.
struct AxisMapping {
    std::size_t savedTicks = 0;
    std::size_t droppedTicks = 0; // oldest ones: too old, or more than the new ring holds
    std::size_t keptTicks = 0;
    std::size_t savedBuckets = 0;
    std::size_t droppedBuckets = 0;
    std::size_t keptBuckets = 0;
    bool bucketsCompatible = true;
    bool keepOpenBucket = false;

    // New position (0 = oldest kept) of a series' first tick / bucket saved at `position`.
    unsigned long long firstTick(quint32 position) const {
        return position > droppedTicks ? position - droppedTicks : 0;
    }
    unsigned long long firstBucket(quint32 position) const {
        if (!bucketsCompatible)
            return 0;
        return position > droppedBuckets ? position - droppedBuckets : 0;
    }
};

} // namespace

HistoryLoadResult HistoryCodec::decodePayload(const QByteArray& payload, const QString& clusterKey,
                                              const HistoryRestoreRules& rules,
                                              ThroughputHistory& into) {
    const HistoryConfig& config = into.m_config;
    // Positions in the file become indices from 0: the target's axes must never have been used.
    if (into.m_tickTimes.pushed() != 0 || into.m_bucketTimes.pushed() != 0 ||
        !into.m_topics.empty())
        return failure(HistoryLoadStatus::Corrupt,
                       QStringLiteral("the target history is not fresh"));
    ByteReader in(payload);
    auto corrupt = [&in](const QString& why) {
        return failure(HistoryLoadStatus::Corrupt, in.ok() ? why : in.error());
    };

    const QString key = in.getString();
    if (!in.ok())
        return corrupt({});
    if (key != clusterKey)
        return failure(HistoryLoadStatus::OtherCluster,
                       QStringLiteral("saved for cluster \"%1\", not \"%2\"").arg(key, clusterKey));
    in.get<qint64>();  // saved at: for people reading the file, the ticks say more
    in.get<quint64>(); // the writer's tick capacity: the ticks carry their own times
    const auto savedBucketMs = in.get<qint64>();
    in.get<quint64>(); // the writer's bucket capacity: the reader's own limits apply
    const auto meanTickMs = in.get<double>();
    const auto lastTickMs = in.get<qint64>();
    const auto openBucketStart = in.get<qint64>();
    const auto openBucketHasTicks = in.get<quint8>();
    const auto tickTimes = in.getVector<qint64>(static_cast<std::size_t>(in.remaining() / 8));
    const auto bucketTimes = in.getVector<qint64>(static_cast<std::size_t>(in.remaining() / 8));
    const auto gapTicks = in.getVector<quint32>(tickTimes.size());
    const auto gapBuckets = in.getVector<quint32>(bucketTimes.size());
    if (!in.ok())
        return corrupt({});
    if (savedBucketMs <= 0 || !std::isfinite(meanTickMs) || meanTickMs < 0 ||
        meanTickMs > double(kDayMs) || openBucketHasTicks > 1 || openBucketStart < -1 ||
        !strictlyAscending(tickTimes) || !strictlyAscending(bucketTimes) ||
        !strictlyAscending(gapTicks) || !strictlyAscending(gapBuckets) ||
        (!gapTicks.empty() && gapTicks.back() >= tickTimes.size()) ||
        (!gapBuckets.empty() && gapBuckets.back() >= bucketTimes.size()) ||
        (!tickTimes.empty() && lastTickMs < tickTimes.back()) ||
        (!bucketTimes.empty() && openBucketStart >= 0 && bucketTimes.back() >= openBucketStart))
        return corrupt(QStringLiteral("the time axes are inconsistent"));

    // Ticks after "now" would make every new tick wait behind them (keys must increase).
    const qint64 newestMs = std::max(
        {lastTickMs, openBucketStart, bucketTimes.empty() ? qint64(-1) : bucketTimes.back()});
    if (newestMs > rules.nowMs)
        return failure(HistoryLoadStatus::FromTheFuture,
                       QStringLiteral("its newest entry (%1) is later than now (%2)")
                           .arg(isoTime(newestMs), isoTime(rules.nowMs)));

    AxisMapping map;
    map.savedTicks = tickTimes.size();
    const auto freshTick =
        std::lower_bound(tickTimes.begin(), tickTimes.end(), rules.nowMs - rules.maxTickAgeMs);
    map.keptTicks = std::min<std::size_t>(static_cast<std::size_t>(tickTimes.end() - freshTick),
                                          config.tickCapacity);
    map.droppedTicks = map.savedTicks - map.keptTicks;
    map.savedBuckets = bucketTimes.size();
    map.bucketsCompatible = savedBucketMs == config.bucketMs;
    if (map.bucketsCompatible) {
        // A bucket stays while any of its minute lies within the coarse span.
        const qint64 cutoff = rules.nowMs - rules.maxBucketAgeMs - savedBucketMs;
        const auto freshBucket = std::upper_bound(bucketTimes.begin(), bucketTimes.end(), cutoff);
        map.keptBuckets = std::min<std::size_t>(
            static_cast<std::size_t>(bucketTimes.end() - freshBucket), config.bucketCapacity);
        map.keepOpenBucket = openBucketStart >= 0 && openBucketStart > cutoff;
    }
    map.droppedBuckets = map.savedBuckets - map.keptBuckets;
    if (map.keptTicks == 0 && map.keptBuckets == 0 && !map.keepOpenBucket)
        return failure(HistoryLoadStatus::Stale,
                       QStringLiteral("its newest entry (%1) is older than what is kept")
                           .arg(isoTime(newestMs)));

    std::unique_lock lock(into.m_mutex);
    into.m_tickTimes.assign(tickTimes.data() + map.droppedTicks, map.keptTicks);
    if (map.bucketsCompatible) {
        into.m_bucketTimes.assign(bucketTimes.data() + map.droppedBuckets, map.keptBuckets);
        into.m_openBucketStart = map.keepOpenBucket ? openBucketStart : -1;
        into.m_openBucketHasTicks = map.keepOpenBucket && openBucketHasTicks == 1;
    }
    into.m_lastTickMs = lastTickMs;
    into.m_meanTickMs = meanTickMs;
    for (quint32 gap : gapTicks)
        if (gap >= map.droppedTicks)
            into.m_gapTicks.push_back(gap - map.droppedTicks);
    if (map.bucketsCompatible)
        for (quint32 gap : gapBuckets)
            if (gap >= map.droppedBuckets)
                into.m_gapBuckets.push_back(gap - map.droppedBuckets);

    auto readSeries = [&](RateSeries& series) {
        const auto firstTick = in.get<quint32>();
        const auto firstBucket = in.get<quint32>();
        const auto ticks = in.getVector<float>(map.savedTicks);
        const auto buckets = in.getVector<float>(map.savedBuckets);
        const auto bucketSum = in.get<double>();
        const auto bucketWeight = in.get<double>();
        if (!in.ok())
            return;
        if (firstTick > map.savedTicks || firstBucket > map.savedBuckets ||
            !std::isfinite(bucketSum) || !std::isfinite(bucketWeight) || bucketWeight < 0) {
            in.fail(QStringLiteral("a series does not fit the time axes"));
            return;
        }
        series = RateSeries(map.firstTick(firstTick), map.firstBucket(firstBucket));
        // Rings end at the newest tick / bucket: keep their newest values that are still kept.
        const std::size_t keepTicks = std::min(ticks.size(), map.keptTicks);
        if (keepTicks > 0) {
            series.m_ticks = std::make_unique<RingBuffer<float>>(config.tickCapacity);
            series.m_ticks->assign(ticks.data() + (ticks.size() - keepTicks), keepTicks);
        }
        const std::size_t keepBuckets = std::min(buckets.size(), map.keptBuckets);
        if (keepBuckets > 0) {
            series.m_buckets = std::make_unique<RingBuffer<float>>(config.bucketCapacity);
            series.m_buckets->assign(buckets.data() + (buckets.size() - keepBuckets), keepBuckets);
        }
        if (map.keepOpenBucket) {
            series.m_bucketSum = bucketSum;
            series.m_bucketWeight = bucketWeight;
        }
    };
    auto readFlag = [&in] {
        const auto flag = in.get<quint8>();
        if (flag > 1)
            in.fail(QStringLiteral("a flag byte of %1").arg(flag));
        return flag == 1;
    };

    into.m_hasCluster = readFlag();
    if (into.m_hasCluster)
        readSeries(into.m_cluster);
    const auto topicCount = in.get<quint32>();
    if (topicCount > static_cast<quint64>(in.remaining()) / 9)
        in.fail(QStringLiteral("%1 topics in %2 bytes").arg(topicCount).arg(in.remaining()));
    for (quint32 t = 0; t < topicCount && in.ok(); ++t) {
        QString name = in.getString();
        if (!into.m_topics.empty() && !(into.m_topics.rbegin()->first < name)) {
            in.fail(QStringLiteral("topic names out of order"));
            break;
        }
        auto& topic = into.m_topics
                          .emplace_hint(into.m_topics.end(), std::move(name),
                                        ThroughputHistory::TopicSeries{})
                          ->second;
        topic.hasTotal = readFlag();
        if (topic.hasTotal)
            readSeries(topic.total);
        const auto slots = in.get<quint32>();
        if (slots > static_cast<quint64>(in.remaining())) {
            in.fail(QStringLiteral("%1 partitions in %2 bytes").arg(slots).arg(in.remaining()));
            break;
        }
        topic.partitions.resize(slots);
        topic.hasPartition.resize(slots, false);
        for (quint32 p = 0; p < slots && in.ok(); ++p) {
            topic.hasPartition[p] = readFlag();
            if (topic.hasPartition[p])
                readSeries(topic.partitions[p]);
        }
    }
    if (in.ok() && in.remaining() != 0)
        in.fail(QStringLiteral("%1 bytes left after the last topic").arg(in.remaining()));
    if (!in.ok()) {
        lock.unlock();
        into.clear();
        return corrupt({});
    }

    HistoryLoadResult result;
    result.status = HistoryLoadStatus::Restored;
    result.ticks = map.keptTicks;
    result.buckets = map.keptBuckets;
    result.rebucketed = !map.bucketsCompatible && (map.savedBuckets > 0 || openBucketStart >= 0);
    return result;
}

} // namespace streamscope
