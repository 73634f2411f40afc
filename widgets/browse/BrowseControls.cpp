#include "browse/BrowseControls.h"

#include "browse/MessageFormat.h"
#include "common/DisplayFormat.h"
#include "common/WidgetsTr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace streamscope {

namespace {

enum StartMode { StartBeginning, StartLastN, StartOffset, StartTime };
enum StopMode { StopEnd, StopCount, StopTime, StopLive, StopOffset };

} // namespace

BrowseControls::BrowseControls(QWidget* parent)
    : QWidget(parent)
    , m_topic(new QComboBox(this))
    , m_partitions(new QLineEdit(this))
    , m_startMode(new QComboBox(this))
    , m_startValue(new QLineEdit(this))
    , m_stopMode(new QComboBox(this))
    , m_stopValue(new QLineEdit(this))
    , m_merge(new QCheckBox(WidgetsTr::tr("Merge partitions by time"), this))
    , m_start(new QPushButton(WidgetsTr::tr("Start"), this))
    , m_stop(new QPushButton(WidgetsTr::tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("browseControls"));
    m_topic->setObjectName(QStringLiteral("browseTopic"));
    m_topic->setEditable(true);
    m_topic->setInsertPolicy(QComboBox::NoInsert);
    m_topic->setMinimumContentsLength(24);
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topic->completer()->setFilterMode(Qt::MatchContains);
    m_topic->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_topic->lineEdit()->setPlaceholderText(WidgetsTr::tr("Choose a topic"));
    m_partitions->setObjectName(QStringLiteral("browsePartitions"));
    m_partitions->setPlaceholderText(WidgetsTr::tr("all"));
    m_partitions->setToolTip(WidgetsTr::tr("Partitions to read, e.g. 0, 2, 5; empty reads all"));
    m_partitions->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9, ]*")), m_partitions));
    m_partitions->setMaximumWidth(fontMetrics().averageCharWidth() * 12);

    m_startMode->setObjectName(QStringLiteral("browseStartMode"));
    m_startMode->addItem(WidgetsTr::tr("Beginning"));
    m_startMode->addItem(WidgetsTr::tr("Last N per partition"));
    m_startMode->addItem(WidgetsTr::tr("Offset"));
    m_startMode->addItem(WidgetsTr::tr("Time"));
    m_startMode->setCurrentIndex(StartLastN);
    m_startValue->setObjectName(QStringLiteral("browseStartValue"));
    m_startValue->setText(QStringLiteral("1000"));
    m_stopMode->setObjectName(QStringLiteral("browseStopMode"));
    m_stopMode->addItem(WidgetsTr::tr("End (as of now)"));
    m_stopMode->addItem(WidgetsTr::tr("Count"));
    m_stopMode->addItem(WidgetsTr::tr("Time"));
    m_stopMode->addItem(WidgetsTr::tr("Live tail"));
    m_stopMode->addItem(WidgetsTr::tr("Before offset"));
    m_stopValue->setObjectName(QStringLiteral("browseStopValue"));
    for (QLineEdit* edit : {m_startValue, m_stopValue})
        edit->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    m_merge->setObjectName(QStringLiteral("browseMerge"));
    m_merge->setToolTip(WidgetsTr::tr("Hand out messages in timestamp order across partitions"));

    m_start->setObjectName(QStringLiteral("browseStart"));
    m_start->setDefault(true);
    m_stop->setObjectName(QStringLiteral("browseStop"));
    m_progress->setObjectName(QStringLiteral("browseProgress"));
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->hide(); // until the first fetch
    m_status->setObjectName(QStringLiteral("browseStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    auto* row1 = new QHBoxLayout;
    row1->setSpacing(6);
    row1->addWidget(new QLabel(WidgetsTr::tr("Topic:"), this));
    row1->addWidget(m_topic, 2);
    row1->addWidget(new QLabel(WidgetsTr::tr("Partitions:"), this));
    row1->addWidget(m_partitions);
    row1->addSpacing(8);
    row1->addWidget(new QLabel(WidgetsTr::tr("From:"), this));
    row1->addWidget(m_startMode);
    row1->addWidget(m_startValue, 1);
    row1->addSpacing(8);
    row1->addWidget(new QLabel(WidgetsTr::tr("Until:"), this));
    row1->addWidget(m_stopMode);
    row1->addWidget(m_stopValue, 1);
    auto* row2 = new QHBoxLayout;
    row2->setSpacing(6);
    row2->addWidget(m_merge);
    row2->addSpacing(8);
    row2->addWidget(m_start);
    row2->addWidget(m_stop);
    row2->addWidget(m_progress);
    row2->addWidget(m_status, 1);
    layout->addLayout(row1, 0, 0);
    layout->addLayout(row2, 1, 0);

    connect(m_startMode, &QComboBox::currentIndexChanged, this, &BrowseControls::updateValueBoxes);
    connect(m_stopMode, &QComboBox::currentIndexChanged, this, &BrowseControls::updateValueBoxes);
    connect(m_start, &QPushButton::clicked, this, &BrowseControls::startRequested);
    connect(m_stop, &QPushButton::clicked, this, &BrowseControls::stopRequested);
    connect(m_topic, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        m_start->setEnabled(m_connected && !m_running && !text.trimmed().isEmpty());
        Q_EMIT topicChanged(text.trimmed());
    });
    updateValueBoxes();
    setConnected(false);
    setRunning(false);
}

void BrowseControls::updateValueBoxes() {
    switch (m_startMode->currentIndex()) {
    case StartBeginning:
        m_startValue->setVisible(false);
        break;
    case StartLastN:
        m_startValue->setVisible(true);
        m_startValue->setPlaceholderText(WidgetsTr::tr("messages, e.g. 1000"));
        break;
    case StartOffset:
        m_startValue->setVisible(true);
        m_startValue->setPlaceholderText(WidgetsTr::tr("offset, e.g. 42, or 0=42, 2=7"));
        break;
    case StartTime:
        m_startValue->setVisible(true);
        m_startValue->setPlaceholderText(QStringLiteral("2026-12-02T10:00:00Z"));
        break;
    }
    switch (m_stopMode->currentIndex()) {
    case StopEnd:
    case StopLive:
        m_stopValue->setVisible(false);
        break;
    case StopCount:
        m_stopValue->setVisible(true);
        m_stopValue->setPlaceholderText(WidgetsTr::tr("messages, e.g. 10000"));
        break;
    case StopTime:
        m_stopValue->setVisible(true);
        m_stopValue->setPlaceholderText(QStringLiteral("2026-12-02T11:00:00Z"));
        break;
    case StopOffset:
        m_stopValue->setVisible(true);
        m_stopValue->setPlaceholderText(WidgetsTr::tr("offset, e.g. 500, or 0=500, 2=80"));
        break;
    }
}

void BrowseControls::setTopics(const QStringList& topics) {
    const QString current = m_topic->currentText();
    const QSignalBlocker blocker(m_topic);
    m_topic->clear();
    m_topic->addItems(topics);
    m_topic->setCurrentIndex(-1);
    m_topic->setEditText(current);
}

void BrowseControls::setTopicsOf(const ClusterSnapshot& snapshot) {
    if (!snapshot)
        return;
    QStringList user;
    QStringList internal;
    for (const TopicInfo& topic : snapshot->topics)
        (topic.internal ? internal : user).append(topic.name);
    setTopics(user + internal);
}

void BrowseControls::setTopic(const QString& topic) {
    m_topic->setEditText(topic);
}

void BrowseControls::setPartitions(const QString& partitions) {
    m_partitions->setText(partitions);
}

QString BrowseControls::topic() const {
    return m_topic->currentText().trimmed();
}

void BrowseControls::setStartSpec(const QString& spec) {
    const QString s = spec.trimmed();
    if (s == QStringLiteral("beginning")) {
        m_startMode->setCurrentIndex(StartBeginning);
    } else if (s.startsWith(u'-')) {
        m_startMode->setCurrentIndex(StartLastN);
        m_startValue->setText(s.mid(1));
    } else if (s.startsWith(QStringLiteral("offset:"))) {
        m_startMode->setCurrentIndex(StartOffset);
        m_startValue->setText(s.mid(7));
    } else if (s.startsWith(QStringLiteral("time:"))) {
        m_startMode->setCurrentIndex(StartTime);
        m_startValue->setText(s.mid(5));
    }
}

void BrowseControls::setStopSpec(const QString& spec) {
    const QString s = spec.trimmed();
    if (s == QStringLiteral("end")) {
        m_stopMode->setCurrentIndex(StopEnd);
    } else if (s == QStringLiteral("live")) {
        m_stopMode->setCurrentIndex(StopLive);
    } else if (s.startsWith(QStringLiteral("count:"))) {
        m_stopMode->setCurrentIndex(StopCount);
        m_stopValue->setText(s.mid(6));
    } else if (s.startsWith(QStringLiteral("time:"))) {
        m_stopMode->setCurrentIndex(StopTime);
        m_stopValue->setText(s.mid(5));
    } else if (s.startsWith(QStringLiteral("offset:"))) {
        m_stopMode->setCurrentIndex(StopOffset);
        m_stopValue->setText(s.mid(7));
    }
}

Expected<BrowseRequest> BrowseControls::request() const {
    BrowseRequest request;
    request.topic = topic();
    if (request.topic.isEmpty())
        return streamscopeError(WidgetsTr::tr("Choose a topic to read."));
    for (const QString& part : m_partitions->text().split(
             QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int p = part.toInt(&ok);
        if (!ok || p < 0)
            return streamscopeError(WidgetsTr::tr("\"%1\" is not a partition number.").arg(part));
        if (std::find(request.partitions.begin(), request.partitions.end(), p) ==
            request.partitions.end())
            request.partitions.push_back(p);
    }
    const QString startValue = m_startValue->text().trimmed();
    QString startSpec;
    switch (m_startMode->currentIndex()) {
    case StartBeginning:
        startSpec = QStringLiteral("beginning");
        break;
    case StartLastN:
        startSpec = u'-' + startValue;
        break;
    case StartOffset:
        startSpec = QStringLiteral("offset:") + startValue;
        break;
    default:
        startSpec = QStringLiteral("time:") + startValue;
        break;
    }
    const QString stopValue = m_stopValue->text().trimmed();
    QString stopSpec;
    switch (m_stopMode->currentIndex()) {
    case StopEnd:
        stopSpec = QStringLiteral("end");
        break;
    case StopCount:
        stopSpec = QStringLiteral("count:") + stopValue;
        break;
    case StopTime:
        stopSpec = QStringLiteral("time:") + stopValue;
        break;
    case StopOffset:
        stopSpec = QStringLiteral("offset:") + stopValue;
        break;
    default:
        stopSpec = QStringLiteral("live");
        break;
    }
    auto start = parseBrowseStart(startSpec);
    if (!start)
        return streamscopeError(WidgetsTr::tr("From: %1").arg(start.error().message));
    auto stop = parseBrowseStop(stopSpec);
    if (!stop)
        return streamscopeError(WidgetsTr::tr("Until: %1").arg(stop.error().message));
    request.start = *start;
    request.stop = *stop;
    request.mergeByTimestamp = m_merge->isChecked();
    return request;
}

void BrowseControls::setConnected(bool connected) {
    m_connected = connected;
    setRunning(m_running);
}

void BrowseControls::setRunning(bool running) {
    m_running = running;
    m_start->setEnabled(m_connected && !running && !topic().isEmpty());
    m_stop->setEnabled(running);
    if (running)
        m_progress->show();
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_topic, m_partitions, m_startMode, m_startValue, m_stopMode, m_stopValue, m_merge})
        w->setEnabled(!running);
}

void BrowseControls::showProgress(const BrowseOutcome& outcome, qint64 memoryBytes) {
    qint64 total = 0;
    qint64 done = 0;
    bool bounded = !outcome.partitions.empty();
    for (const auto& p : outcome.partitions) {
        if (p.endOffset < 0 || p.startOffset < 0) {
            bounded = false;
            break;
        }
        total += std::max<qint64>(0, p.endOffset - p.startOffset);
        done += std::clamp<qint64>(p.nextOffset - p.startOffset, 0,
                                   std::max<qint64>(0, p.endOffset - p.startOffset));
    }
    const bool running = outcome.end == BrowseOutcome::End::Running;
    if (running && !bounded) {
        m_progress->setRange(0, 0); // busy: live tail or not resolved yet
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : (running ? 0 : 1000));
    }
    const QLocale locale = displayLocale();
    QString state;
    switch (outcome.end) {
    case BrowseOutcome::End::Running:
        state = WidgetsTr::tr("reading");
        break;
    case BrowseOutcome::End::Finished:
        state = WidgetsTr::tr("done");
        break;
    case BrowseOutcome::End::CountReached:
        state = WidgetsTr::tr("count reached");
        break;
    case BrowseOutcome::End::MemoryCap:
        state = WidgetsTr::tr("stopped at the memory limit");
        break;
    case BrowseOutcome::End::SinkStopped:
    case BrowseOutcome::End::Cancelled:
        state = WidgetsTr::tr("stopped");
        break;
    case BrowseOutcome::End::Failed:
        state = WidgetsTr::tr("failed: %1").arg(outcome.error.message);
        break;
    }
    m_status->setText(WidgetsTr::tr("%1 read, %2 kept, %3 in memory, %4")
                          .arg(formatCount(locale, outcome.recordsRead),
                               formatCount(locale, outcome.recordsKept),
                               formatByteSize(locale, memoryBytes), state));
}

void BrowseControls::showMessage(const QString& text) {
    m_status->setText(text);
}

} // namespace streamscope
