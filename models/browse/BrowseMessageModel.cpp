#include "browse/BrowseMessageModel.h"

#include "browse/Filter.h"
#include "browse/MessageFormat.h"
#include "browse/MessageStore.h"
#include "browse/MessageText.h"
#include "common/DisplayFormat.h"
#include "common/ModelsTr.h"
#include "schema/DecodedPayloads.h"

#include <QColor>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>

#include <algorithm>
#include <numeric>

namespace streamscope {

namespace {

int compareBytes(const MaybeBytes& a, const MaybeBytes& b) {
    if (a.null || b.null)
        return int(b.null) - int(a.null); // null first
    const int c = a.view().compare(b.view());
    return c;
}

// A key or value as the table shows it: its decoded JSON where it decoded, else its bytes.
MaybeBytes shownBytes(const MessageStore& store, const schema::DecodedPayloads* decoded, size_t row,
                      bool value) {
    if (decoded) {
        const schema::DecodedView d = value ? decoded->value(row) : decoded->key(row);
        if (d.kind == schema::DecodedPayload::Kind::Decoded)
            return MaybeBytes{d.text.data(), d.text.size(), false};
    }
    return value ? store.value(row) : store.key(row);
}

// Orders store rows by one column; ties keep store order, so a sort is stable and repeatable.
struct RowOrder {
    const MessageStore* store;
    const schema::DecodedPayloads* decoded;
    int column;
    bool descending;

    int compare(quint32 a, quint32 b) const {
        const auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
        switch (column) {
        case BrowseMessageModel::Partition:
            return cmp(store->partition(a), store->partition(b));
        case BrowseMessageModel::Offset:
            return cmp(store->offset(a), store->offset(b));
        case BrowseMessageModel::Timestamp:
            return cmp(store->timestampMs(a), store->timestampMs(b));
        case BrowseMessageModel::Key:
            return compareBytes(shownBytes(*store, decoded, a, false),
                                shownBytes(*store, decoded, b, false));
        case BrowseMessageModel::Value:
            return compareBytes(shownBytes(*store, decoded, a, true),
                                shownBytes(*store, decoded, b, true));
        case BrowseMessageModel::Size:
            return cmp(store->messageBytes(a), store->messageBytes(b));
        case BrowseMessageModel::Headers:
            return cmp(store->view(a).headerCount(), store->view(b).headerCount());
        default:
            return 0;
        }
    }
    bool operator()(quint32 a, quint32 b) const {
        const int c = compare(a, b);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return descending ? a > b : a < b;
    }
};

void sortRows(std::vector<quint32>& rows, const MessageStore& store,
              const schema::DecodedPayloads* decoded, int column, Qt::SortOrder order) {
    if (column < 0) {
        // Store order: the rows are ascending already unless a descending sort came before.
        std::sort(rows.begin(), rows.end());
        return;
    }
    std::sort(rows.begin(), rows.end(),
              RowOrder{&store, decoded, column, order == Qt::DescendingOrder});
}

constexpr qsizetype kCellChars = 256; // as MessageTextCache's default

QVariant placeholderColor() {
    return QGuiApplication::palette().color(QPalette::PlaceholderText);
}

} // namespace

BrowseMessageModel::BrowseMessageModel(QObject* parent)
    : QAbstractTableModel(parent) {
    m_drainTimer.setInterval(kDrainIntervalMs);
    connect(&m_drainTimer, &QTimer::timeout, this, &BrowseMessageModel::drain);
}

BrowseMessageModel::~BrowseMessageModel() = default;

void BrowseMessageModel::setStore(std::shared_ptr<const MessageStore> store,
                                  std::shared_ptr<const schema::DecodedPayloads> decoded) {
    m_runner.cancel();
    beginResetModel();
    m_text.reset();
    m_store = std::move(store);
    m_decoded = std::move(decoded);
    m_rowView = {};
    if (m_decoded)
        m_rowView = [decoded = m_decoded](const MessageStore& s, size_t row) {
            return decoded->overlay(row, s.view(row));
        };
    if (m_store)
        m_text = std::make_unique<MessageTextCache>(*m_store);
    m_rows.clear();
    m_scanned = 0;
    m_matched = MatchedRows{m_matched.generation + 1, m_filter != nullptr, 0, {}};
    m_matchedFilter = m_filter;
    m_resortPending = false;
    endResetModel();
}

MatchedRows BrowseMessageModel::matchedRows() const {
    return m_matched;
}

void BrowseMessageModel::setMatched(std::shared_ptr<const CompiledFilter> filter,
                                    MatchedRows::Chunk matches, size_t scanned) {
    MatchedRows matched;
    matched.generation =
        filter == m_matchedFilter ? m_matched.generation : m_matched.generation + 1;
    matched.filtered = filter != nullptr;
    matched.scanned = scanned;
    if (matches && !matches->empty())
        matched.chunks.push_back(std::move(matches));
    m_matched = std::move(matched);
    m_matchedFilter = std::move(filter);
}

void BrowseMessageModel::setFilter(std::shared_ptr<const CompiledFilter> filter) {
    if (filter && filter->matchesEverything())
        filter.reset();
    m_filter = std::move(filter);
    rebuild(true);
}

void BrowseMessageModel::setTimeSpan(qint64 fromMs, qint64 toMs) {
    if (fromMs == m_spanFrom && toMs == m_spanTo)
        return;
    m_spanFrom = fromMs;
    m_spanTo = toMs;
    rebuild(true);
}

void BrowseMessageModel::setDraining(bool draining) {
    if (draining && !m_drainTimer.isActive()) {
        m_drainTimer.start();
        drain();
    } else if (!draining) {
        m_drainTimer.stop();
    }
}

void BrowseMessageModel::drainNow() {
    drain();
}

bool BrowseMessageModel::inSpan(size_t storeRow) const {
    const qint64 ts = m_store->timestampMs(storeRow);
    return (m_spanFrom < 0 || ts >= m_spanFrom) && (m_spanTo < 0 || ts <= m_spanTo);
}

void BrowseMessageModel::drain() {
    // A re-filter or sort in flight covers the store up to its request; the rest follows it.
    if (!m_store || m_runner.isBusy())
        return;
    const size_t stored = m_store->size();
    if (stored <= m_scanned) {
        if (m_resortPending)
            resortIfDue();
        return;
    }
    // A bounded step per turn of the event loop: a JSON filter costs about a microsecond per
    // message on this thread, an insert a few nanoseconds per row in the view's header. What is
    // left follows in the next turn, after the events that waited (paint, input).
    const size_t step = m_filter && m_filter->readsJson() ? kMaxJsonRowsPerDrain : kMaxRowsPerDrain;
    const size_t end = std::min(stored, m_scanned + step);
    if (end < stored && !m_catchUpQueued) {
        m_catchUpQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_catchUpQueued = false;
                if (m_drainTimer.isActive())
                    drain();
            },
            Qt::QueuedConnection);
    }
    std::vector<quint32> batch;
    if (m_filter) {
        batch = m_filter->matchingRows(*m_store, m_scanned, end, {}, 0, m_rowView);
        m_matched.append(batch, end);
    } else {
        batch.resize(end - m_scanned);
        std::iota(batch.begin(), batch.end(), quint32(m_scanned));
        m_matched.scanned = end;
    }
    if (hasTimeSpan())
        std::erase_if(batch, [this](quint32 r) { return !inSpan(r); });
    m_scanned = end;
    if (!batch.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(batch.size()) - 1);
        m_rows.insert(m_rows.end(), batch.begin(), batch.end());
        endInsertRows();
        // New rows of a sorted table go to their place: at once for small tables, off the GUI
        // thread at most once a second for large ones.
        if (m_sortColumn >= 0 || m_sortOrder == Qt::DescendingOrder) {
            if (m_rows.size() <= kSyncSortLimit) {
                std::vector<quint32> rows = m_rows;
                sortRows(rows, *m_store, m_decoded.get(), m_sortColumn, m_sortOrder);
                applyRows(std::move(rows), m_scanned, false);
            } else {
                m_resortPending = true;
            }
        }
    }
    resortIfDue();
    Q_EMIT rowsDrained();
}

void BrowseMessageModel::resortIfDue() {
    if (m_resortPending && QDateTime::currentMSecsSinceEpoch() - m_lastAsyncSortMs >= 1000) {
        m_resortPending = false;
        rebuild(false);
    }
}

void BrowseMessageModel::rebuild(bool rowSetChanged) {
    if (!m_store) {
        if (rowSetChanged)
            Q_EMIT refiltered();
        return;
    }
    const size_t scanned = rowSetChanged ? m_store->size() : m_scanned;
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    // Small sets (and a sort of what is shown) are quick enough for the GUI thread.
    const bool small = scanned <= kSyncSortLimit && (!m_filter || !m_filter->readsJson());
    if (!rowSetChanged && m_rows.size() <= kSyncSortLimit) {
        m_runner.cancel(); // an older request's result must not land after this one
        std::vector<quint32> rows = m_rows;
        sortRows(rows, *m_store, m_decoded.get(), column, order);
        applyRows(std::move(rows), m_scanned, false);
        return;
    }
    // Only the time span changed: the filter's matches so far stand, it runs over the rest only.
    MatchedRows known;
    if (rowSetChanged && m_filter && m_matchedFilter == m_filter)
        known = m_matched;
    struct Rebuilt {
        std::vector<quint32> rows;
        MatchedRows::Chunk matches; // the filter's, before the span (rowSetChanged with a filter)
    };
    auto work = [store = m_store, decoded = m_decoded, rowView = m_rowView, filter = m_filter,
                 from = m_spanFrom, to = m_spanTo, scanned, column, order, rowSetChanged,
                 known = std::move(known), shown = rowSetChanged ? std::vector<quint32>{} : m_rows](
                    const CancelToken& cancel) {
        Rebuilt out;
        std::vector<quint32>& rows = out.rows;
        if (!rowSetChanged) {
            rows = shown;
        } else {
            if (filter) {
                rows = known.flatten();
                const std::vector<quint32> more = filter->matchingRows(
                    *store, std::min(known.scanned, scanned), scanned, cancel, 0, rowView);
                rows.insert(rows.end(), more.begin(), more.end());
                out.matches = std::make_shared<const std::vector<quint32>>(rows);
            } else {
                rows.resize(scanned);
                std::iota(rows.begin(), rows.end(), quint32(0));
            }
            if (from >= 0 || to >= 0)
                std::erase_if(rows, [&](quint32 r) {
                    const qint64 ts = store->timestampMs(r);
                    return (from >= 0 && ts < from) || (to >= 0 && ts > to);
                });
        }
        if (!cancel.isCancelled() && (column >= 0 || order == Qt::DescendingOrder))
            sortRows(rows, *store, decoded.get(), column, order);
        return out;
    };
    auto done = [this, scanned, rowSetChanged, filter = m_filter](Rebuilt rebuilt) {
        if (!rowSetChanged)
            m_lastAsyncSortMs = QDateTime::currentMSecsSinceEpoch();
        else
            setMatched(filter, std::move(rebuilt.matches), scanned);
        applyRows(std::move(rebuilt.rows), scanned, rowSetChanged);
        drain();
    };
    if (small) {
        m_runner.cancel();
        Rebuilt rebuilt = work(CancelToken());
        if (rowSetChanged)
            setMatched(m_filter, std::move(rebuilt.matches), scanned);
        applyRows(std::move(rebuilt.rows), scanned, rowSetChanged);
        return;
    }
    m_runner.submit(std::move(work), std::move(done));
}

void BrowseMessageModel::applyRows(std::vector<quint32> rows, size_t scanned, bool rowSetChanged) {
    m_scanned = scanned;
    if (rowSetChanged) {
        Q_EMIT aboutToRefilter();
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        Q_EMIT refiltered();
        return;
    }
    // The same rows in another order: persistent indexes (selection, current) follow their
    // store row.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<quint32> beforeRows;
    beforeRows.reserve(size_t(before.size()));
    QHash<quint32, int> newPosition;
    for (const QModelIndex& index : before) {
        const quint32 storeRow = index.row() < int(m_rows.size()) ? m_rows[size_t(index.row())] : 0;
        beforeRows.push_back(storeRow);
        newPosition.insert(storeRow, -1);
    }
    m_rows = std::move(rows);
    if (!newPosition.isEmpty())
        for (size_t i = 0; i < m_rows.size(); ++i)
            if (auto it = newPosition.find(m_rows[i]); it != newPosition.end())
                it.value() = int(i);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = newPosition.value(beforeRows[size_t(i)], -1);
        after.append(row >= 0 ? index(row, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT sorted();
}

void BrowseMessageModel::sort(int column, Qt::SortOrder order) {
    if (column >= ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_resortPending = false;
    rebuild(false);
}

int BrowseMessageModel::rowOfStoreRow(size_t storeRow) const {
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i] == storeRow)
            return int(i);
    return -1;
}

std::vector<int> BrowseMessageModel::tableRowsOf(const std::vector<quint32>& storeRows) const {
    std::vector<int> out;
    if (storeRows.empty() || m_rows.empty())
        return out;
    const quint32 top = *std::max_element(storeRows.begin(), storeRows.end());
    std::vector<bool> wanted(size_t(top) + 1, false);
    for (quint32 r : storeRows)
        wanted[r] = true;
    for (size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row] <= top && wanted[m_rows[row]])
            out.push_back(int(row));
    return out;
}

int BrowseMessageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BrowseMessageModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString BrowseMessageModel::cellText(int row, int column) const {
    const size_t r = m_rows[size_t(row)];
    const QLocale locale = displayLocale();
    switch (column) {
    case Partition:
        return QString::number(m_store->partition(r));
    case Offset:
        return QString::number(m_store->offset(r));
    case Timestamp:
        return formatMessageTime(m_store->timestampMs(r));
    case Key: {
        const MaybeBytes key = m_store->key(r);
        if (!key.null && m_decoded &&
            m_decoded->key(r).kind == schema::DecodedPayload::Kind::Decoded)
            return previewText(shownBytes(*m_store, m_decoded.get(), r, false), kCellChars);
        return key.null ? ModelsTr::tr("(no key)") : m_text->text(r, MessageTextCache::Part::Key);
    }
    case Value: {
        const MaybeBytes value = m_store->value(r);
        if (!value.null && m_decoded &&
            m_decoded->value(r).kind == schema::DecodedPayload::Kind::Decoded)
            return previewText(shownBytes(*m_store, m_decoded.get(), r, true), kCellChars);
        return value.null ? ModelsTr::tr("(tombstone)")
                          : m_text->text(r, MessageTextCache::Part::Value);
    }
    case Size:
        return formatByteSize(locale, m_store->messageBytes(r));
    case Headers:
        return QString::number(m_store->view(r).headerCount());
    default:
        return {};
    }
}

QVariant BrowseMessageModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_store || index.row() >= int(m_rows.size()))
        return {};
    const size_t r = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return cellText(index.row(), column);
    case StoreRowRole:
        return qulonglong(r);
    case Qt::TextAlignmentRole:
        return cellAlignment(column == Key || column == Value || column == Timestamp);
    case DecodedRole:
        if (m_decoded && (column == Key || column == Value)) {
            const schema::DecodedView d = column == Key ? m_decoded->key(r) : m_decoded->value(r);
            return int(d.kind);
        }
        return int(schema::DecodedPayload::Kind::Plain);
    case Qt::ForegroundRole:
    case Qt::FontRole: {
        if (m_decoded && (column == Key || column == Value)) {
            const schema::DecodedView d = column == Key ? m_decoded->key(r) : m_decoded->value(r);
            if (d.kind == schema::DecodedPayload::Kind::Decoded)
                return {};
            if (d.kind == schema::DecodedPayload::Kind::Failed)
                return role == Qt::ForegroundRole ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
        }
        const bool null =
            (column == Key && m_store->key(r).null) || (column == Value && m_store->value(r).null);
        const bool binary =
            (column == Key && classifyBytes(m_store->key(r)) == BytesKind::Binary) ||
            (column == Value && classifyBytes(m_store->value(r)) == BytesKind::Binary);
        if (role == Qt::ForegroundRole)
            return null || binary ? placeholderColor() : QVariant();
        if (null) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    case Qt::ToolTipRole:
        if (column == Timestamp)
            return timestampTypeText(m_store->timestampType(r));
        if (m_decoded && (column == Key || column == Value)) {
            const schema::DecodedView d = column == Key ? m_decoded->key(r) : m_decoded->value(r);
            if (d.kind == schema::DecodedPayload::Kind::Decoded)
                return ModelsTr::tr("Decoded from %1 with schema %2")
                    .arg(schema::formatTitle(d.format))
                    .arg(d.schemaId);
            if (d.kind == schema::DecodedPayload::Kind::Failed)
                return ModelsTr::tr("Not decoded (schema %1): %2. Shown: the bytes as they are.")
                    .arg(d.schemaId)
                    .arg(QString::fromUtf8(d.text));
        }
        if (column == Key || column == Value) {
            const MaybeBytes bytes = column == Key ? m_store->key(r) : m_store->value(r);
            if (classifyBytes(bytes) == BytesKind::Binary)
                return ModelsTr::tr("Binary or not UTF-8: shown as hex bytes");
        }
        return {};
    default:
        return {};
    }
}

QVariant BrowseMessageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Partition:
        return ModelsTr::tr("Partition");
    case Offset:
        return ModelsTr::tr("Offset");
    case Timestamp:
        return ModelsTr::tr("Timestamp");
    case Key:
        return ModelsTr::tr("Key");
    case Value:
        return ModelsTr::tr("Value");
    case Size:
        return ModelsTr::tr("Size");
    case Headers:
        return ModelsTr::tr("Headers");
    default:
        return {};
    }
}

} // namespace streamscope
