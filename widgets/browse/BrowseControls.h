#pragma once

#include "browse/BrowseFetch.h"
#include "browse/BrowseRequest.h"
#include "cluster/ClusterMetadata.h"
#include "common/Expected.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace streamscope {

// The Browse page's fetch controls: which topic and partitions, where to start (beginning, last
// N per partition, an offset, a time) and where to stop (the end as of now, a count, a time, or
// a live tail), timestamp merge, Start and Stop, and the progress of the running fetch.
class BrowseControls : public QWidget {
    Q_OBJECT
public:
    explicit BrowseControls(QWidget* parent = nullptr);

    // The cluster's topics (internal ones last); keeps the chosen topic.
    void setTopics(const QStringList& topics);
    // The topics of a snapshot, user topics first and internal ones last (Browse and Checks).
    void setTopicsOf(const ClusterSnapshot& snapshot);
    void setTopic(const QString& topic);
    QString topic() const;
    // Partitions to read in the box's spelling ("0, 2"); empty reads all.
    void setPartitions(const QString& partitions);
    // Start and stop in the CLI's spelling (beginning, -N, offset:N, time:ISO; end, count:N,
    // time:ISO, live): tests and saved state use them.
    void setStartSpec(const QString& spec);
    void setStopSpec(const QString& spec);
    // What the controls ask for (the filter is added by the page), or why it is not valid.
    Expected<BrowseRequest> request() const;

    void setConnected(bool connected);
    void setRunning(bool running);
    // Progress of the running (or finished) fetch.
    void showProgress(const BrowseOutcome& outcome, qint64 memoryBytes);
    void showMessage(const QString& text);

    QPushButton* startButton() const { return m_start; }
    QPushButton* stopButton() const { return m_stop; }
    QComboBox* topicBox() const { return m_topic; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void startRequested();
    void stopRequested();
    void topicChanged(const QString& topic);

private:
    void updateValueBoxes();

    QComboBox* m_topic = nullptr;
    QLineEdit* m_partitions = nullptr;
    QComboBox* m_startMode = nullptr;
    QLineEdit* m_startValue = nullptr;
    QComboBox* m_stopMode = nullptr;
    QLineEdit* m_stopValue = nullptr;
    QCheckBox* m_merge = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    bool m_connected = false;
    bool m_running = false;
};

} // namespace streamscope
