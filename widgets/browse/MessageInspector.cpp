#include "browse/MessageInspector.h"

#include "browse/JsonHighlighter.h"
#include "browse/MessageFormat.h"
#include "common/DisplayFormat.h"
#include "common/WidgetsTr.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace streamscope {

namespace {

// Pretty text above this size is shown without colours: highlighting runs over every line.
constexpr qsizetype kMaxHighlightedChars = qsizetype(1) << 20;

QPlainTextEdit* makeTextView(QWidget* parent, const QString& name, bool monospace) {
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(monospace ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    if (monospace)
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    return table;
}

// Bytes for a cell: text, "(null)", or hex for binary.
QString bytesCell(const QByteArray& bytes) {
    const MaybeBytes maybe = MaybeBytes::of(bytes);
    switch (classifyBytes(maybe)) {
    case BytesKind::Null:
        return WidgetsTr::tr("(null)");
    case BytesKind::Binary:
        return WidgetsTr::tr("%1 (binary, hex)").arg(previewText(maybe, 600));
    case BytesKind::Text:
        break;
    }
    return previewText(maybe, 2000);
}

QString kindText(BytesKind kind, bool validUtf8, qsizetype size, bool isValue) {
    switch (kind) {
    case BytesKind::Null:
        return isValue ? WidgetsTr::tr("null (a tombstone: the key is deleted)")
                       : WidgetsTr::tr("null (no key)");
    case BytesKind::Binary:
        return validUtf8 ? WidgetsTr::tr("UTF-8 text with control characters")
                         : WidgetsTr::tr("binary (not valid UTF-8)");
    case BytesKind::Text:
        break;
    }
    return size == 0 ? WidgetsTr::tr("empty") : WidgetsTr::tr("text (UTF-8)");
}

} // namespace

MessageInspector::MessageInspector(QWidget* parent)
    : QWidget(parent)
    , m_notice(new QLabel(this))
    , m_wholeButton(new QPushButton(WidgetsTr::tr("Show the whole value"), this))
    , m_tabs(new QTabWidget(this))
    , m_pretty(makeTextView(this, QStringLiteral("inspectorPretty"), true))
    , m_highlighter(new JsonHighlighter(m_pretty->document()))
    , m_tree(new QTreeWidget(this))
    , m_text(makeTextView(this, QStringLiteral("inspectorText"), false))
    , m_hex(makeTextView(this, QStringLiteral("inspectorHex"), true))
    , m_headers(makeTable(this, QStringLiteral("inspectorHeaders"),
                          {WidgetsTr::tr("Name"), WidgetsTr::tr("Value")}))
    , m_metadata(makeTable(this, QStringLiteral("inspectorMetadata"),
                           {WidgetsTr::tr("Field"), WidgetsTr::tr("Value")}))
    , m_schema(makeTextView(this, QStringLiteral("inspectorSchema"), true)) {
    setObjectName(QStringLiteral("messageInspector"));
    m_notice->setObjectName(QStringLiteral("inspectorNotice"));
    m_notice->setWordWrap(true);
    m_wholeButton->setObjectName(QStringLiteral("inspectorWholeValue"));
    m_wholeButton->hide();
    connect(m_wholeButton, &QPushButton::clicked, this, &MessageInspector::showWholeValue);

    m_tree->setObjectName(QStringLiteral("inspectorTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({WidgetsTr::tr("Field"), WidgetsTr::tr("Value")});
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this,
            &MessageInspector::showTreeMenu);

    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_pretty, WidgetsTr::tr("JSON"));
    m_tabs->addTab(m_tree, WidgetsTr::tr("Tree"));
    m_tabs->addTab(m_text, WidgetsTr::tr("Text"));
    m_tabs->addTab(m_hex, WidgetsTr::tr("Hex"));
    m_tabs->addTab(m_headers, WidgetsTr::tr("Headers"));
    m_tabs->addTab(m_metadata, WidgetsTr::tr("Metadata"));
    m_tabs->addTab(m_schema, WidgetsTr::tr("Schema"));

    auto* copyRow = new QHBoxLayout;
    copyRow->setContentsMargins(0, 0, 0, 0);
    copyRow->addWidget(new QLabel(WidgetsTr::tr("Copy:"), this));
    const auto addCopy = [&](const QString& text, const QString& name,
                             void (MessageInspector::*copy)() const) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, copy] { (this->*copy)(); });
        copyRow->addWidget(button);
        m_copyButtons.append(button);
    };
    addCopy(WidgetsTr::tr("Key"), QStringLiteral("copyKey"), &MessageInspector::copyKey);
    addCopy(WidgetsTr::tr("Value"), QStringLiteral("copyValue"), &MessageInspector::copyValue);
    addCopy(WidgetsTr::tr("Headers"), QStringLiteral("copyHeaders"),
            &MessageInspector::copyHeaders);
    addCopy(WidgetsTr::tr("Record as JSON"), QStringLiteral("copyRecord"),
            &MessageInspector::copyRecordAsJson);
    copyRow->addStretch(1);

    auto* noticeRow = new QHBoxLayout;
    noticeRow->setContentsMargins(0, 0, 0, 0);
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_wholeButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(copyRow);
    layout->addLayout(noticeRow);
    layout->addWidget(m_tabs, 1);

    setEmpty(WidgetsTr::tr("Select a message in the table to inspect it."));
}

void MessageInspector::setEmpty(const QString& sentence) {
    m_hasRecord = false;
    m_content = {};
    m_notice->setText(sentence);
    m_wholeButton->hide();
    m_pretty->clear();
    m_tree->clear();
    m_text->clear();
    m_hex->clear();
    m_headers->setRowCount(0);
    m_metadata->setRowCount(0);
    m_schema->clear();
    for (QPushButton* button : std::as_const(m_copyButtons))
        button->setEnabled(false);
}

void MessageInspector::showRecord(std::optional<ConsumedRecord> record, RecordSchemas schemas) {
    if (!record) {
        m_runner.cancel();
        setEmpty(WidgetsTr::tr("Select a message in the table to inspect it."));
        return;
    }
    m_notice->setText(WidgetsTr::tr("Decoding\u2026"));
    m_runner.submit(
        [record = std::move(*record), schemas = std::move(schemas)](const CancelToken&) mutable {
            return prepareInspectorContent(std::move(record), false, std::move(schemas));
        },
        [this](InspectorContent content) { apply(std::move(content)); });
}

void MessageInspector::showWholeValue() {
    if (!m_hasRecord || !m_content.truncated)
        return;
    m_notice->setText(WidgetsTr::tr("Decoding the whole value\u2026"));
    m_wholeButton->setEnabled(false);
    m_runner.submit(
        [record = m_content.record, schemas = m_content.schemas](const CancelToken&) mutable {
            return prepareInspectorContent(std::move(record), true, std::move(schemas));
        },
        [this](InspectorContent content) { apply(std::move(content)); });
}

void MessageInspector::apply(InspectorContent content) {
    m_content = std::move(content);
    m_hasRecord = true;
    for (QPushButton* button : std::as_const(m_copyButtons))
        button->setEnabled(true);
    const QLocale locale = displayLocale();
    const qsizetype size = m_content.record.value.size();

    QStringList notices;
    const SchemaPart& valueSchema = m_content.schemas.value;
    if (m_content.valueDecoded)
        notices << WidgetsTr::tr("Decoded from %1 (%2); the Hex tab shows the bytes as they came.")
                       .arg(schema::formatTitle(valueSchema.format),
                            describeSchemaPart(valueSchema));
    else if (valueSchema.kind == schema::DecodedPayload::Kind::Failed)
        notices << WidgetsTr::tr("Not decoded (schema id %1): %2. Showing the bytes as they came.")
                       .arg(valueSchema.schemaId)
                       .arg(valueSchema.error);
    if (m_content.valueDecoded) {
        // Decoded JSON: the byte notices below are about the wire bytes, not what is shown.
    } else if (m_content.valueKind == BytesKind::Null)
        notices << WidgetsTr::tr("Tombstone: this message has no value (its key is deleted).");
    else if (m_content.truncated)
        notices << WidgetsTr::tr("Showing the first %1 of %2.")
                       .arg(formatByteSize(locale, InspectorContent::kPreviewBytes),
                            formatByteSize(locale, size));
    if (m_content.viewsCut)
        notices << WidgetsTr::tr("The views show only the beginning of this long value; Copy "
                                 "takes all of it.");
    if (!m_content.valueDecoded && m_content.valueKind != BytesKind::Null && !m_content.validUtf8)
        notices << WidgetsTr::tr("The value is not valid UTF-8: see the hex dump.");
    if (!m_content.jsonError.isEmpty())
        notices << WidgetsTr::tr("The value looks like JSON but is not valid.");
    m_notice->setText(notices.join(u' '));
    m_wholeButton->setVisible(m_content.truncated);
    m_wholeButton->setEnabled(true);

    // Pretty JSON, or why there is none.
    QString pretty;
    if (m_content.json)
        pretty = m_content.pretty;
    else if (valueSchema.kind == schema::DecodedPayload::Kind::Failed)
        pretty = WidgetsTr::tr("Not decoded (schema id %1): %2\n\nThe Hex tab shows the bytes.")
                     .arg(valueSchema.schemaId)
                     .arg(valueSchema.error);
    else if (m_content.valueKind == BytesKind::Null)
        pretty = WidgetsTr::tr("No value: this message is a tombstone.");
    else if (!m_content.jsonError.isEmpty())
        pretty = WidgetsTr::tr("Not valid JSON: %1").arg(m_content.jsonError);
    else if (m_content.truncated)
        pretty = WidgetsTr::tr("The value is too large for a preview as JSON. Show the whole "
                               "value to read it as JSON.");
    else
        pretty = WidgetsTr::tr("The value is not JSON: see the Text or Hex tab.");
    m_highlighter->setDocument(
        m_content.json && pretty.size() <= kMaxHighlightedChars ? m_pretty->document() : nullptr);
    m_pretty->setPlainText(pretty);

    if (m_content.valueKind == BytesKind::Null)
        m_text->setPlainText(WidgetsTr::tr("No value: this message is a tombstone."));
    else if (m_content.validUtf8)
        m_text->setPlainText(m_content.text);
    else
        m_text->setPlainText(WidgetsTr::tr("The value is binary (not valid UTF-8): see the Hex "
                                           "tab."));
    m_schema->setPlainText(
        m_content.schemaText.isEmpty()
            ? WidgetsTr::tr("Neither key nor value is in the Schema Registry wire format (or no "
                            "Schema Registry is set in this connection's profile).")
            : m_content.schemaText);
    m_hex->setPlainText(m_content.valueKind == BytesKind::Null
                            ? WidgetsTr::tr("No value: this message is a tombstone.")
                        : size == 0 ? WidgetsTr::tr("The value is empty (0 bytes).")
                                    : m_content.hex);
    fillTree();
    fillHeaders();
    fillMetadata();
    // Open on what suits the value: JSON as JSON, binary as hex, anything else as text.
    if (m_tabs->currentIndex() <= TextTab || m_tabs->currentIndex() == HexTab) {
        if (m_content.json)
            m_tabs->setCurrentIndex(m_tabs->currentIndex() == TreeTab ? TreeTab : PrettyTab);
        else if ((m_content.valueKind == BytesKind::Binary && !m_content.validUtf8) ||
                 valueSchema.kind == schema::DecodedPayload::Kind::Failed)
            m_tabs->setCurrentIndex(HexTab);
        else
            m_tabs->setCurrentIndex(TextTab);
    }
    Q_EMIT contentReady();
}

void MessageInspector::fillTree() {
    m_tree->clear();
    if (!m_content.json) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, WidgetsTr::tr("The value is not JSON."));
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    // Depth-first, the first two levels expanded.
    const std::function<void(const JsonTreeNode&, QTreeWidgetItem*, int)> add =
        [&](const JsonTreeNode& node, QTreeWidgetItem* parent, int depth) {
            for (const JsonTreeNode& child : node.children) {
                auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
                item->setText(0, child.name);
                item->setText(1, child.value);
                item->setData(0, Qt::UserRole, child.path);
                item->setData(1, Qt::UserRole, child.scalar);
                item->setToolTip(0, child.path);
                add(child, item, depth + 1);
                if (depth < 1)
                    item->setExpanded(true);
            }
        };
    if (m_content.tree.scalar) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, WidgetsTr::tr("(value)"));
        item->setText(1, m_content.tree.value);
    }
    add(m_content.tree, nullptr, 0);
    if (m_content.treeCut) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, WidgetsTr::tr("\u2026 the tree stops at %1 fields; the JSON tab shows "
                                       "everything")
                             .arg(InspectorContent::kMaxTreeNodes));
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->resizeColumnToContents(0);
}

void MessageInspector::fillHeaders() {
    const auto& headers = m_content.record.headers;
    m_headers->setRowCount(int(headers.size()));
    for (int i = 0; i < int(headers.size()); ++i) {
        m_headers->setItem(i, 0, new QTableWidgetItem(bytesCell(headers[size_t(i)].name)));
        m_headers->setItem(i, 1, new QTableWidgetItem(bytesCell(headers[size_t(i)].value)));
    }
    m_tabs->setTabText(HeadersTab, headers.empty()
                                       ? WidgetsTr::tr("Headers")
                                       : WidgetsTr::tr("Headers (%1)").arg(headers.size()));
    m_headers->resizeColumnToContents(0);
}

void MessageInspector::fillMetadata() {
    const ConsumedRecord& r = m_content.record;
    const QLocale locale = displayLocale();
    qint64 headerBytes = 0;
    for (const auto& h : r.headers)
        headerBytes += h.name.size() + h.value.size();
    const QList<QPair<QString, QString>> rows = {
        {WidgetsTr::tr("Topic"), r.topic},
        {WidgetsTr::tr("Partition"), QString::number(r.partition)},
        {WidgetsTr::tr("Offset"), QString::number(r.offset)},
        {WidgetsTr::tr("Timestamp"),
         r.timestampMs < 0 ? WidgetsTr::tr("none")
                           : WidgetsTr::tr("%1 (%2 ms since 1970, UTC %3)")
                                 .arg(formatMessageTime(r.timestampMs))
                                 .arg(r.timestampMs)
                                 .arg(QDateTime::fromMSecsSinceEpoch(r.timestampMs, Qt::UTC)
                                          .toString(Qt::ISODateWithMs))},
        {WidgetsTr::tr("Timestamp type"), timestampTypeText(r.timestampType)},
        {WidgetsTr::tr("Key"), kindText(m_content.keyKind, true, r.key.size(), false)},
        {WidgetsTr::tr("Key size"), formatByteSize(locale, r.key.size())},
        {WidgetsTr::tr("Value"),
         m_content.valueDecoded
             ? WidgetsTr::tr("%1, decoded to JSON")
                   .arg(schema::formatTitle(m_content.schemas.value.format))
             : kindText(m_content.valueKind, m_content.validUtf8, r.value.size(), true) +
                   (m_content.json ? WidgetsTr::tr(", JSON") : QString())},
        {WidgetsTr::tr("Value size"), formatByteSize(locale, r.value.size())},
        {WidgetsTr::tr("Value schema"), describeSchemaPart(m_content.schemas.value)},
        {WidgetsTr::tr("Key schema"), describeSchemaPart(m_content.schemas.key)},
        {WidgetsTr::tr("Headers"),
         WidgetsTr::tr("%1 (%2)").arg(r.headers.size()).arg(formatByteSize(locale, headerBytes))},
        {WidgetsTr::tr("Total size"), formatByteSize(locale, r.payloadBytes())},
        // librdkafka decompresses record batches before the application sees a message and
        // does not tell which codec a batch used, so the codec is not known per message.
        {WidgetsTr::tr("Compression"),
         WidgetsTr::tr("codec not available (the Kafka client decompresses batches and does not "
                       "report their codec); sizes are uncompressed")},
    };
    m_metadata->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        m_metadata->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        m_metadata->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    m_metadata->resizeColumnToContents(0);
}

void MessageInspector::showTreeMenu(const QPoint& pos) {
    QTreeWidgetItem* item = m_tree->itemAt(pos);
    if (!item || !item->data(1, Qt::UserRole).toBool())
        return;
    const QString path = item->data(0, Qt::UserRole).toString();
    if (path.isEmpty())
        return;
    QMenu menu(this);
    const QString expression =
        QStringLiteral("value.%1 == %2").arg(path, filterLiteralOfJson(item->text(1)));
    QAction* filter = menu.addAction(WidgetsTr::tr("Filter on this field value"));
    filter->setToolTip(expression);
    QAction* copy = menu.addAction(WidgetsTr::tr("Copy field value"));
    QAction* chosen = menu.exec(m_tree->viewport()->mapToGlobal(pos));
    if (chosen == filter)
        Q_EMIT filterRequested(expression);
    else if (chosen == copy)
        QApplication::clipboard()->setText(item->text(1));
}

void MessageInspector::copyKey() const {
    if (m_hasRecord)
        QApplication::clipboard()->setText(isValidUtf8(m_content.record.key)
                                               ? QString::fromUtf8(m_content.record.key)
                                               : QString::fromLatin1(m_content.record.key.toHex()));
}

void MessageInspector::copyValue() const {
    if (!m_hasRecord)
        return;
    // What the views show: the decoded JSON of a Schema Registry payload, else the bytes.
    const QByteArray& value =
        m_content.valueDecoded ? m_content.schemas.value.decodedJson : m_content.record.value;
    QApplication::clipboard()->setText(isValidUtf8(value) ? QString::fromUtf8(value)
                                                          : QString::fromLatin1(value.toHex()));
}

void MessageInspector::copyHeaders() const {
    if (!m_hasRecord)
        return;
    QStringList lines;
    for (const auto& h : m_content.record.headers)
        lines << QString::fromUtf8(h.name) + QStringLiteral(": ") +
                     (isValidUtf8(h.value) ? QString::fromUtf8(h.value)
                                           : QString::fromLatin1(h.value.toHex()));
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

void MessageInspector::copyRecordAsJson() const {
    if (m_hasRecord)
        QApplication::clipboard()->setText(recordAsJson(m_content.record));
}

} // namespace streamscope
