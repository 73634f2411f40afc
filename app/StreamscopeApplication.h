#pragma once

#include <QApplication>

namespace streamscope {

class EventDeliveryProfiler;

// The GUI's QApplication. Its one addition: an optional EventDeliveryProfiler that times every
// event the GUI thread delivers (--bench-eventloop). Without one, notify() costs one branch.
class StreamscopeApplication : public QApplication {
    Q_OBJECT
public:
    StreamscopeApplication(int& argc, char** argv);

    // GUI thread only; nullptr stops profiling. The profiler must outlive its use here.
    void setEventProfiler(EventDeliveryProfiler* profiler);

    bool notify(QObject* receiver, QEvent* event) override;

private:
    EventDeliveryProfiler* m_profiler = nullptr;
};

} // namespace streamscope
