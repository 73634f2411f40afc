// Schema Registry in the GUI (issue 15). Without a broker: the profile's registry section (editor
// round trip, validation, the store keeps no password, session secrets, keychain entry and the
// password prompt). With the broker and the registry of scripts/registry.sh
// (STREAMSCOPE_SCHEMA_REGISTRY; those functions skip without it): records encoded by Apache
// Avro's own Python library (tests/scripts/schema_produce.py) are read by the Browse page of a
// session whose profile names the registry: the table shows the decoded JSON, the filter reads
// it (value.amount > 500), the inspector shows the tree, the schema (subject, version, id, type)
// and its text, and the bytes as they came; an unknown id, bytes that do not match and a registry
// that does not answer show the raw bytes with the reason.
#include "SchemaTestRegistry.h"
#include "TestCluster.h"
#include "browse/BrowseControls.h"
#include "browse/BrowseMessageModel.h"
#include "browse/BrowsePage.h"
#include "browse/FilterEdit.h"
#include "browse/MessageInspector.h"
#include "cluster/ProfileStore.h"
#include "connection/KeychainSecrets.h"
#include "connection/PasswordPrompt.h"
#include "connection/ProfileEditor.h"
#include "connection/SessionSecrets.h"
#include "schema/DecodedPayloads.h"
#include "schema/WireFormat.h"
#include "session/ClusterSession.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace streamscope;
using nlohmann::json;

namespace {

constexpr int kTimeoutMs = 30000;

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ConnectionProfile profileWithRegistry(const QString& url) {
    ConnectionProfile profile = test::brokerProfile();
    profile.schemaRegistry.url = QUrl(url);
    return profile;
}

int decodedKind(const BrowseMessageModel& model, int row) {
    return model.data(model.index(row, BrowseMessageModel::Value), BrowseMessageModel::DecodedRole)
        .toInt();
}

} // namespace

class TestSchemaGui : public QObject {
    Q_OBJECT

    QStringList m_topics;

    // A Browse page on a session of `profile`, after reading `topic` from its beginning.
    std::unique_ptr<BrowsePage> browse(ClusterSession& session, const QString& topic) {
        auto page = std::make_unique<BrowsePage>();
        page->resize(1280, 800);
        page->setSession(&session);
        page->setPageActive(true);
        page->show();
        page->controls()->setTopic(topic);
        page->controls()->setStartSpec(QStringLiteral("beginning"));
        page->controls()->setStopSpec(QStringLiteral("end"));
        QSignalSpy finished(page.get(), &BrowsePage::browseFinished);
        if (!page->startBrowse() || !finished.wait(kTimeoutMs))
            return nullptr;
        const auto outcome = finished.at(0).at(0).value<BrowseOutcome>();
        if (outcome.end != BrowseOutcome::End::Finished) {
            qWarning().noquote() << "browse ended" << int(outcome.end) << outcome.error.message;
            return nullptr;
        }
        return page;
    }

    bool select(BrowsePage& page, int row) {
        QSignalSpy ready(page.inspector(), &MessageInspector::contentReady);
        page.table()->setCurrentIndex(page.model()->index(row, 0));
        return ready.wait(kTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("streamscope-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_schema_gui"));
    }

    void cleanupTestCase() {
        for (const QString& topic : std::as_const(m_topics))
            test::deleteTopic(topic);
    }

    // The editor shows what the profile holds and gives it back; the store keeps everything but
    // the password, which comes back as missing and is asked for.
    void profileRoundTripKeepsNoPassword() {
        QTemporaryDir dir;
        const QString settingsPath = dir.filePath(QStringLiteral("profiles.ini"));
        ConnectionProfile typed;
        {
            ProfileEditor editor;
            editor.setProfile(ConnectionProfile{});
            editor.findChild<QLineEdit*>(QStringLiteral("profileName"))
                ->setText(QStringLiteral("with-registry"));
            editor.findChild<QLineEdit*>(QStringLiteral("profileBootstrap"))
                ->setText(QStringLiteral("k1:9092"));
            editor.findChild<QLineEdit*>(QStringLiteral("registryUrl"))
                ->setText(QStringLiteral("http://registry.example:8081/apis/ccompat/v7"));
            editor.findChild<QLineEdit*>(QStringLiteral("registryUser"))
                ->setText(QStringLiteral("sr-user"));
            editor.findChild<QLineEdit*>(QStringLiteral("registryPassword"))
                ->setText(QStringLiteral("RegistrySecret42"));
            QVERIFY2(editor.problem().isEmpty(), qPrintable(editor.problem()));
            typed = editor.profile();
            QCOMPARE(typed.schemaRegistry.url.toString(),
                     QStringLiteral("http://registry.example:8081/apis/ccompat/v7"));
            QCOMPARE(typed.schemaRegistry.username, QStringLiteral("sr-user"));
            QCOMPARE(typed.schemaRegistry.password, QStringLiteral("RegistrySecret42"));
            // Shown again as it was.
            ProfileEditor again;
            again.setProfile(typed);
            QCOMPARE(again.profile().schemaRegistry.url, typed.schemaRegistry.url);
            QCOMPARE(again.profile().schemaRegistry.password, typed.schemaRegistry.password);
        }
        {
            ProfileStore store(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat));
            store.save(typed);
        }
        const QByteArray file = readFile(settingsPath);
        QVERIFY(file.contains("registry.example"));
        QVERIFY(file.contains("sr-user"));
        QVERIFY2(!file.contains("RegistrySecret42"), file.constData());
        ProfileStore reopened(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat));
        auto loaded = reopened.find(QStringLiteral("with-registry"));
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->schemaRegistry.url, typed.schemaRegistry.url);
        QCOMPARE(loaded->schemaRegistry.username, QStringLiteral("sr-user"));
        QVERIFY(loaded->schemaRegistry.password.isEmpty());
        QVERIFY(loaded->needsRegistryPassword());
        QVERIFY(loaded->needsPassword());

        // The session keeps it in memory; the keychain entry carries it; the prompt asks for it.
        SessionSecrets secrets;
        secrets.remember(typed);
        ConnectionProfile filled = *loaded;
        secrets.fill(filled);
        QCOMPARE(filled.schemaRegistry.password, QStringLiteral("RegistrySecret42"));
        QVERIFY(!filled.needsPassword());
        ConnectionProfile fromKeychain = *loaded;
        QVERIFY(KeychainSecrets::decodeInto(KeychainSecrets::encode(typed), fromKeychain));
        QCOMPARE(fromKeychain.schemaRegistry.password, QStringLiteral("RegistrySecret42"));
        PasswordPrompt prompt(*loaded);
        auto* field = prompt.findChild<QLineEdit*>(QStringLiteral("registryPasswordEdit"));
        QVERIFY(field);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(!prompt.windowTitle().contains(QStringLiteral("RegistrySecret42")));

        // A URL with a password in it is refused, and never saved with it.
        ConnectionProfile inUrl = typed;
        inUrl.name = QStringLiteral("pw-in-url");
        inUrl.schemaRegistry.url = QUrl(QStringLiteral("http://u:UrlSecret7@registry.example/"));
        {
            ProfileStore store(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat));
            store.save(inUrl);
        }
        QVERIFY(!readFile(settingsPath).contains("UrlSecret7"));
    }

    // Each mistake is named before anything is tried.
    void editorSaysWhatIsWrong() {
        ProfileEditor editor;
        ConnectionProfile p;
        p.name = QStringLiteral("x");
        p.bootstrapServers = QStringLiteral("k:9092");
        editor.setProfile(p);
        auto* url = editor.findChild<QLineEdit*>(QStringLiteral("registryUrl"));
        auto* user = editor.findChild<QLineEdit*>(QStringLiteral("registryUser"));
        auto* ca = editor.findChild<QLineEdit*>(QStringLiteral("registryCaFile"));
        QVERIFY(editor.problem().isEmpty());
        user->setText(QStringLiteral("someone"));
        QVERIFY(editor.problem().contains(QStringLiteral("URL")));
        url->setText(QStringLiteral("ftp://registry"));
        QVERIFY(editor.problem().contains(QStringLiteral("ftp://registry")));
        url->setText(QStringLiteral("http://u:pw@registry:8081"));
        QVERIFY(editor.problem().contains(QStringLiteral("password")));
        url->setText(QStringLiteral("http://registry:8081"));
        QVERIFY(editor.problem().isEmpty());
        ca->setText(QStringLiteral("/etc/hostname"));
        QVERIFY(editor.problem().contains(QStringLiteral("https")));
        url->setText(QStringLiteral("https://registry:8081"));
        QVERIFY2(editor.problem().contains(QStringLiteral("CA file")),
                 qPrintable(editor.problem()));
        ca->clear();
        QVERIFY(editor.problem().isEmpty());
        // Test without an answer: says so, without blocking the GUI thread.
        url->setText(QStringLiteral("http://127.0.0.1:1"));
        QSignalSpy tested(&editor, &ProfileEditor::registryTested);
        QElapsedTimer clock;
        clock.start();
        editor.testRegistry();
        QVERIFY(clock.elapsed() < 500);
        QVERIFY(tested.wait(kTimeoutMs));
        QCOMPARE(tested.at(0).at(0).toBool(), false);
        QVERIFY(editor.registryTestLabel()->text().contains(QStringLiteral("No answer")));
    }

    void testButtonListsSubjects() {
        STREAMSCOPE_REQUIRE_REGISTRY();
        ProfileEditor editor;
        editor.findChild<QLineEdit*>(QStringLiteral("registryUrl"))->setText(test::registryUrl());
        QSignalSpy tested(&editor, &ProfileEditor::registryTested);
        QTest::mouseClick(editor.registryTestButton(), Qt::LeftButton);
        QVERIFY(tested.wait(kTimeoutMs));
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
        QVERIFY(editor.registryTestLabel()->text().contains(QStringLiteral("answered")));
    }

    // Avro records from the encoder's own library, decoded in the table, filtered, inspected.
    void browseShowsDecodedAvro() {
        STREAMSCOPE_REQUIRE_REGISTRY();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-schemagui-avro"));
        m_topics << topic;
        QVERIFY(test::createTopic(topic, 1));
        QTemporaryDir work;
        const std::vector<json> expected =
            test::produceWithPython(topic, QStringLiteral("avro"), work.path());
        QCOMPARE(expected.size(), size_t(32));

        ClusterSession session(profileWithRegistry(test::registryUrl()));
        auto page = browse(session, topic);
        QVERIFY(page);
        QVERIFY(page->decoded());
        QVERIFY(page->registryLabel()->isVisible());
        QTRY_COMPARE(page->model()->rowCount(), 32);
        const BrowseMessageModel& model = *page->model();
        for (int row = 0; row < 32; ++row) {
            QCOMPARE(decodedKind(model, row), int(schema::DecodedPayload::Kind::Decoded));
            if (row < 12)
                continue; // "Everything": floats and bytes; tst_schema_registry checks each value
            // Orders: the cell shows the decoded JSON exactly.
            const json cell =
                json::parse(model.cellText(row, BrowseMessageModel::Value).toStdString());
            QCOMPARE(QString::fromStdString(cell.dump()),
                     QString::fromStdString(expected[size_t(row)]["expected"].dump()));
        }

        // The filter reads the decoded values: amounts are 100 * n for n = 0..19.
        page->filterEdit()->applyExpression(QStringLiteral("value.amount > 500"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isBusy(), kTimeoutMs);
        QCOMPARE(page->model()->rowCount(), 14);

        // The inspector: the decoded tree, the schema and its text, the bytes on the Hex tab.
        QVERIFY(select(*page, 0));
        const InspectorContent& content = page->inspector()->content();
        QVERIFY(content.valueDecoded);
        QVERIFY(content.json);
        const json& first = expected[size_t(12 + 6)]; // the first shown: n = 6 (amount 600)
        QCOMPARE(content.schemas.value.schemaId, first["schema_id"].get<quint32>());
        QVERIFY(content.schemas.value.schema);
        // A registry gives identical schema text one id under every subject that registers it
        // (tst_schema_registry registers the same schemas earlier in the run), so the subject
        // shown is one of those: any "<topic>-value" of this schema, at a real version.
        QVERIFY2(content.schemas.value.schema->subject.endsWith(QStringLiteral("-value")),
                 qPrintable(content.schemas.value.schema->subject));
        QVERIFY(content.schemas.value.schema->version >= 1);
        QVERIFY(content.schemas.value.format == schema::SchemaFormat::Avro);
        QVERIFY(page->inspector()->noticeLabel()->text().contains(QStringLiteral("Avro")));
        QVERIFY(
            page->inspector()->schemaView()->toPlainText().contains(QStringLiteral("\"Order\"")));
        QVERIFY(page->inspector()->schemaView()->toPlainText().contains(
            content.schemas.value.schema->subject));
        QStringList treeFields;
        for (int i = 0; i < page->inspector()->treeView()->topLevelItemCount(); ++i)
            treeFields << page->inspector()->treeView()->topLevelItem(i)->text(0);
        QCOMPARE(treeFields, QStringList({QStringLiteral("id"), QStringLiteral("amount")}));
        QCOMPARE(page->inspector()->treeView()->topLevelItem(1)->text(1), QStringLiteral("600"));
        // The Hex tab: the frame as it came (magic 0, then the schema id).
        const QString hex = page->inspector()->hexView()->toPlainText();
        const quint32 id = content.schemas.value.schemaId;
        QVERIFY2(hex.startsWith(QStringLiteral("00000000  00 %1 %2 %3 %4")
                                    .arg(id >> 24, 2, 16, QLatin1Char('0'))
                                    .arg((id >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                                    .arg((id >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                                    .arg(id & 0xff, 2, 16, QLatin1Char('0'))),
                 qPrintable(hex.left(80)));
        QVERIFY(select(*page, 1)); // n = 7: v2
        QCOMPARE(page->inspector()->content().schemas.value.schema->version, 2);

        // The export writes what the table shows, in the CLI's --schema-registry shape.
        const QString exported = work.filePath(QStringLiteral("shown.jsonl"));
        QSignalSpy exportDone(page.get(), &BrowsePage::exportFinished);
        page->exportMessagesTo(false, ExportFormat::JsonLines, exported);
        QVERIFY(exportDone.wait(kTimeoutMs));
        QVERIFY(exportDone.at(0).at(0).toBool());
        const QList<QByteArray> lines = readFile(exported).trimmed().split('\n');
        QCOMPARE(lines.size(), 14);
        const json line = json::parse(lines.first().toStdString());
        QCOMPARE(line["value_format"].get<std::string>(), std::string("avro"));
        QCOMPARE(line["value_schema_id"].get<quint32>(), first["schema_id"].get<quint32>());
        QCOMPARE(QString::fromStdString(line["value"].dump()),
                 QString::fromStdString(first["expected"].dump()));
    }

    // Unknown ids and bytes that do not match their schema: the bytes, with the reason; plain
    // records stay plain.
    void undecodableRecordsSayWhy() {
        STREAMSCOPE_REQUIRE_REGISTRY();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-schemagui-bad"));
        m_topics << topic;
        QVERIFY(test::createTopic(topic, 1));
        // A real schema to cut a body short against.
        const schema::SchemaRegistryClient client([] {
            schema::RegistryOptions o;
            o.url = QUrl(test::registryUrl());
            return o;
        }());
        auto id = client.registerSchema(
            topic + QStringLiteral("-value"), schema::SchemaFormat::Avro,
            QStringLiteral(
                R"({"type":"record","name":"P","fields":[{"name":"s","type":"string"}]})"));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QByteArray unknown;
        schema::appendConfluentHeader(unknown, 0x7ffffff0u);
        unknown += "abc";
        QByteArray cut;
        schema::appendConfluentHeader(cut, *id);
        cut += char(40); // a string of 20 bytes follows... but does not
        QVERIFY(test::produceRaw(topic, {unknown, cut, QByteArray("{\"plain\":true}")}));

        ClusterSession session(profileWithRegistry(test::registryUrl()));
        auto page = browse(session, topic);
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 3);
        const BrowseMessageModel& model = *page->model();
        QCOMPARE(decodedKind(model, 0), int(schema::DecodedPayload::Kind::Failed));
        QCOMPARE(decodedKind(model, 1), int(schema::DecodedPayload::Kind::Failed));
        QCOMPARE(decodedKind(model, 2), int(schema::DecodedPayload::Kind::Plain));
        QCOMPARE(model.cellText(2, BrowseMessageModel::Value), QStringLiteral("{\"plain\":true}"));
        QVERIFY(model.data(model.index(0, BrowseMessageModel::Value), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2147483632")));

        QVERIFY(select(*page, 0));
        QVERIFY(!page->inspector()->content().valueDecoded);
        QVERIFY(page->inspector()->noticeLabel()->text().contains(QStringLiteral("Not decoded")));
        QCOMPARE(page->inspector()->tabs()->currentIndex(), int(MessageInspector::HexTab));
        QVERIFY(page->inspector()->hexView()->toPlainText().startsWith(
            QStringLiteral("00000000  00 7f ff ff f0 61 62 63")));
        QVERIFY(select(*page, 1));
        QVERIFY(!page->inspector()->content().schemas.value.error.isEmpty());
        QVERIFY(page->inspector()->schemaView()->toPlainText().contains(QStringLiteral("\"P\"")));
    }

    // A registry that does not answer: every framed record says so, the page stays responsive.
    void registryDownIsNamed() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-schemagui-down"));
        m_topics << topic;
        QVERIFY(test::createTopic(topic, 1));
        QByteArray framed;
        schema::appendConfluentHeader(framed, 1);
        framed += "xyz";
        QVERIFY(test::produceRaw(topic, {framed, framed}));
        ClusterSession session(profileWithRegistry(QStringLiteral("http://127.0.0.1:1")));
        auto page = browse(session, topic);
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(decodedKind(*page->model(), row), int(schema::DecodedPayload::Kind::Failed));
        const QString tip =
            page->model()
                ->data(page->model()->index(0, BrowseMessageModel::Value), Qt::ToolTipRole)
                .toString();
        QVERIFY2(tip.contains(QStringLiteral("unavailable")), qPrintable(tip));
        QVERIFY(select(*page, 0));
        QVERIFY(page->inspector()->noticeLabel()->text().contains(QStringLiteral("Not decoded")));
    }
};

QTEST_MAIN(TestSchemaGui)
#include "tst_schema_gui.moc"
