#pragma once

#include "browse/InspectorContent.h"
#include "common/LatestOnlyRunner.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace streamscope {

class JsonHighlighter;

// The payload inspector of the Browse page: one message as pretty JSON with colours, a JSON tree
// (collapsible), plain text, a hex dump with offsets, its headers and its metadata; buttons copy
// the key, the value, the headers or the whole record as JSON. Content is prepared on a worker
// (LatestOnlyRunner): a large value shows a preview of its first 64 KiB at once and the whole
// on request, so a 10 MB payload never freezes the window.
class MessageInspector : public QWidget {
    Q_OBJECT
public:
    enum Tab { PrettyTab, TreeTab, TextTab, HexTab, HeadersTab, MetadataTab, SchemaTab };

    explicit MessageInspector(QWidget* parent = nullptr);

    // Shows a message (a deep copy); nullopt empties the inspector with a sentence. With
    // schemas (a Schema Registry is set): the decoded value in the JSON views, its schema on
    // the Schema tab, the bytes as they came on the Hex tab; one that did not decode says why.
    void showRecord(std::optional<ConsumedRecord> record, RecordSchemas schemas = {});
    // Decodes the whole value of the shown message (after a preview).
    void showWholeValue();

    // What is shown (tests): valid once contentReady() fired.
    const InspectorContent& content() const { return m_content; }
    bool hasRecord() const { return m_hasRecord; }
    QTabWidget* tabs() const { return m_tabs; }
    QPlainTextEdit* prettyView() const { return m_pretty; }
    QTreeWidget* treeView() const { return m_tree; }
    QPlainTextEdit* textView() const { return m_text; }
    QPlainTextEdit* hexView() const { return m_hex; }
    QTableWidget* headersView() const { return m_headers; }
    QTableWidget* metadataView() const { return m_metadata; }
    QPlainTextEdit* schemaView() const { return m_schema; }
    QLabel* noticeLabel() const { return m_notice; }

    void copyKey() const;
    void copyValue() const;
    void copyHeaders() const;
    void copyRecordAsJson() const;

Q_SIGNALS:
    void contentReady();
    // The user asked to filter on a JSON field of the shown value (tree context menu).
    void filterRequested(const QString& expression);

private:
    void apply(InspectorContent content);
    void fillTree();
    void fillHeaders();
    void fillMetadata();
    void setEmpty(const QString& sentence);
    void showTreeMenu(const QPoint& pos);

    LatestOnlyRunner m_runner{this};
    InspectorContent m_content;
    bool m_hasRecord = false;
    QLabel* m_notice = nullptr;
    QPushButton* m_wholeButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_pretty = nullptr;
    JsonHighlighter* m_highlighter = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPlainTextEdit* m_hex = nullptr;
    QTableWidget* m_headers = nullptr;
    QTableWidget* m_metadata = nullptr;
    QPlainTextEdit* m_schema = nullptr;
    QList<QPushButton*> m_copyButtons;
};

} // namespace streamscope
