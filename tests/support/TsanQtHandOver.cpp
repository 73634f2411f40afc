// ThreadSanitizer builds only (preloaded beside TsanThreadShim.c into every suite and every
// process a suite starts).
//
// Debian's Qt is not built with TSan, and Qt 6 guards its posted-event queues with futex-based
// mutexes that TSan does not intercept. So TSan sees no order between a thread that queues a call
// (a queued signal, QMetaObject::invokeMethod, deleteLater, postEvent, QThreadPool::start) and
// the thread whose event loop or pool runs it, and reports Qt's own slot objects and events, and
// everything our code hands over that way, as data races. This library states that order to TSan:
// - release: every hand-over our code starts passes through one of the Qt functions below, called
//   from our binaries through the PLT, so a definition here interposes them. Each releases the
//   hand-over clock, then calls Qt's own function.
// - acquire: Qt calls the EventNotifyCallback hooks before it delivers any event, in the
//   receiving thread; for the event types a hand-over posts, the hook acquires the clock. Work
//   handed to a QThreadPool is wrapped so that the pool thread acquires before it runs.
// - Qt builds the queued event and copies the signal's arguments into it after that release, so
//   the receiver's acquire cannot cover those writes: they are left out of TSan's record (see
//   UnrecordedPosting). A signal's directly connected slots run inside the same call and must stay
//   recorded, so every connection our code makes wraps its slot in a RecordedSlot that turns
//   recording back on around the call.
// Limits: one clock for all threads is coarser than Qt's per-thread queues (a thread that
// receives any queued call is ordered after every hand-over started before it, not only after
// the ones it received); hand-overs Qt starts by itself (QThread::finished, timers) are not
// covered; slots that Qt connects internally (a view's slots on our model's signals) run
// unrecorded when our code emits the signal.
//
// Not instrumented itself, and it does nothing in a process without the TSan runtime (a Java
// tool or a Python script a suite starts inherits LD_PRELOAD too).
#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>
#include <QObject>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <utility>

extern "C" {
// Weak: resolved to TSan's runtime in an instrumented process, null anywhere else.
void __tsan_acquire(void* addr) __attribute__((weak));
void __tsan_release(void* addr) __attribute__((weak));
void __tsan_ignore_thread_begin() __attribute__((weak));
void __tsan_ignore_thread_end() __attribute__((weak));
}

namespace {

char handOverClock;

bool tsanPresent() {
    return __tsan_release != nullptr && __tsan_acquire != nullptr &&
           __tsan_ignore_thread_begin != nullptr && __tsan_ignore_thread_end != nullptr;
}

void releaseHandOver() {
    if (tsanPresent())
        __tsan_release(&handOverClock);
}

// How many UnrecordedPosting scopes this thread is inside (TSan's own ignore count is not
// readable); RecordedSlot undoes exactly these around a direct slot call.
thread_local int unrecordedDepth = 0;

void beginUnrecorded(int levels) {
    for (int i = 0; i < levels; ++i)
        __tsan_ignore_thread_begin();
}

void endUnrecorded(int levels) {
    for (int i = 0; i < levels; ++i)
        __tsan_ignore_thread_end();
}

// Inside Qt's posting functions Qt allocates the event, copies the arguments into it and queues
// it, all after the release; their accesses are left out of TSan's record (an allocation made
// while ignoring counts as fresh memory) for the span of the call.
class UnrecordedPosting {
public:
    UnrecordedPosting() {
        if (!tsanPresent())
            return;
        beginUnrecorded(1);
        ++unrecordedDepth;
    }
    ~UnrecordedPosting() {
        if (!tsanPresent())
            return;
        --unrecordedDepth;
        endUnrecorded(1);
    }
    UnrecordedPosting(const UnrecordedPosting&) = delete;
    UnrecordedPosting& operator=(const UnrecordedPosting&) = delete;
};

// A connection's slot, run recorded even when the signal that calls it is emitted inside an
// UnrecordedPosting (a direct connection runs in QMetaObject::activate itself).
class RecordedSlot : public QtPrivate::QSlotObjectBase {
public:
    explicit RecordedSlot(QtPrivate::QSlotObjectBase* wrapped)
        : QSlotObjectBase(&RecordedSlot::impl)
        , m_wrapped(wrapped) {}

private:
    ~RecordedSlot() { m_wrapped->destroyIfLastRef(); }

    static void impl(int which, QSlotObjectBase* self, QObject* receiver, void** args, bool* ret) {
        auto* recorded = static_cast<RecordedSlot*>(self);
        switch (which) {
        case Destroy:
            delete recorded;
            break;
        case Call: {
            const int levels = unrecordedDepth;
            unrecordedDepth = 0;
            endUnrecorded(levels);
            recorded->m_wrapped->call(receiver, args);
            beginUnrecorded(levels);
            unrecordedDepth = levels;
            break;
        }
        case Compare:
            *ret = recorded->m_wrapped->compare(args);
            break;
        default:
            break;
        }
    }

    QtPrivate::QSlotObjectBase* m_wrapped;
};

// Between the tasks it runs, a pool thread is inside Qt only: it takes the next task off the
// pool's queue (a QList shifted under a futex-based QMutex, reported by TSan as pool threads
// racing on it). Those spans are left unrecorded; a task, its acquire, run and deletion, is
// recorded.
// Whether this pool thread is between tasks (unrecorded). Recording is turned back on as the
// thread ends (C++ thread-local destructors run before TSan's own end-of-thread check, which
// refuses a thread that ends unrecorded).
class PoolThreadState {
public:
    PoolThreadState() = default;
    ~PoolThreadState() { leave(); }
    PoolThreadState(const PoolThreadState&) = delete;
    PoolThreadState& operator=(const PoolThreadState&) = delete;

    void enter() {
        if (!m_betweenTasks) {
            beginUnrecorded(1);
            m_betweenTasks = true;
        }
    }
    void leave() {
        if (m_betweenTasks) {
            endUnrecorded(1);
            m_betweenTasks = false;
        }
    }

private:
    bool m_betweenTasks = false;
};

thread_local PoolThreadState poolThread;

void leavePoolInternals() {
    poolThread.leave();
}
void enterPoolInternals() {
    poolThread.enter();
}

// Work handed to a pool (a runnable or a function), run after the acquire; deletes a runnable as
// Qt would have.
class AcquiringTask : public QRunnable {
public:
    explicit AcquiringTask(QRunnable* wrapped)
        : m_wrapped(wrapped)
        , m_deleteWrapped(wrapped->autoDelete()) {}
    explicit AcquiringTask(std::function<void()> function)
        : m_function(std::move(function)) {}
    ~AcquiringTask() override {
        leavePoolInternals();
        if (m_deleteWrapped)
            delete m_wrapped;
        m_function = nullptr; // what it holds ends here, recorded, on the pool thread
        enterPoolInternals();
    }
    AcquiringTask(const AcquiringTask&) = delete;
    AcquiringTask& operator=(const AcquiringTask&) = delete;

    void run() override {
        leavePoolInternals();
        __tsan_acquire(&handOverClock);
        if (m_wrapped != nullptr)
            m_wrapped->run();
        else
            m_function();
        enterPoolInternals();
    }

private:
    QRunnable* m_wrapped = nullptr;
    bool m_deleteWrapped = false;
    std::function<void()> m_function;
};

// Qt's own definition of an interposed function, looked up past this library.
template <typename Function> Function qtOriginal(const char* mangledName) {
    void* symbol = dlsym(RTLD_NEXT, mangledName);
    if (symbol == nullptr) {
        std::fprintf(stderr, "TsanQtHandOver: %s not found: %s\n", mangledName, dlerror());
        std::abort();
    }
    return reinterpret_cast<Function>(symbol);
}

bool isQueuedHandOver(const QEvent* event) {
    switch (event->type()) {
    case QEvent::MetaCall:
    case QEvent::DeferredDelete:
        return true;
    default:
        return event->type() >= QEvent::User;
    }
}

bool acquireBeforeDelivery(void** receiverEventResult) {
    const auto* event = static_cast<const QEvent*>(receiverEventResult[1]);
    if (event != nullptr && isQueuedHandOver(event))
        __tsan_acquire(&handOverClock);
    return false; // never consumes the event
}

// Before any thread but the loading one exists: the callback table is read unlocked by Qt.
[[maybe_unused]] const bool hookRegistered = [] {
    if (!tsanPresent())
        return false;
    return QInternal::registerCallback(QInternal::EventNotifyCallback, acquireBeforeDelivery);
}();

} // namespace

// Queued signals: moc's generated signal functions call this.
void QMetaObject::activate(QObject* sender, const QMetaObject* metaObject, int localSignalIndex,
                           void** argv) {
    using Activate = void (*)(QObject*, const QMetaObject*, int, void**);
    static const auto original =
        qtOriginal<Activate>("_ZN11QMetaObject8activateEP7QObjectPKS_iPPv");
    releaseHandOver();
    const UnrecordedPosting unrecorded;
    original(sender, metaObject, localSignalIndex, argv);
}

void QMetaObject::activate(QObject* sender, int signalOffset, int localSignalIndex, void** argv) {
    using Activate = void (*)(QObject*, int, int, void**);
    static const auto original = qtOriginal<Activate>("_ZN11QMetaObject8activateEP7QObjectiiPPv");
    releaseHandOver();
    const UnrecordedPosting unrecorded;
    original(sender, signalOffset, localSignalIndex, argv);
}

// QMetaObject::invokeMethod with a functor or a member function pointer.
bool QMetaObject::invokeMethodImpl(QObject* object, QtPrivate::QSlotObjectBase* slot,
                                   Qt::ConnectionType type, void* ret) {
    using Invoke = bool (*)(QObject*, QtPrivate::QSlotObjectBase*, Qt::ConnectionType, void*);
    static const auto original = qtOriginal<Invoke>(
        "_ZN11QMetaObject16invokeMethodImplEP7QObjectPN9QtPrivate15QSlotObjectBaseEN2Qt14"
        "ConnectionTypeEPv");
    releaseHandOver();
    const bool queued = type == Qt::QueuedConnection || type == Qt::BlockingQueuedConnection ||
                        (type == Qt::AutoConnection && object != nullptr &&
                         object->thread() != QThread::currentThread());
    if (!queued) // a direct call runs the functor here, in this thread: it stays recorded
        return original(object, slot, type, ret);
    const UnrecordedPosting unrecorded;
    return original(object, slot, type, ret);
}

void QCoreApplication::postEvent(QObject* receiver, QEvent* event, int priority) {
    using Post = void (*)(QObject*, QEvent*, int);
    static const auto original =
        qtOriginal<Post>("_ZN16QCoreApplication9postEventEP7QObjectP6QEventi");
    releaseHandOver();
    const UnrecordedPosting unrecorded;
    original(receiver, event, priority);
}

void QObject::deleteLater() {
    using DeleteLater = void (*)(QObject*);
    static const auto original = qtOriginal<DeleteLater>("_ZN7QObject11deleteLaterEv");
    releaseHandOver();
    const UnrecordedPosting unrecorded;
    original(this);
}

// Every functor and member-function connection our code makes: the slot is wrapped (see
// RecordedSlot). Queued-only connections never run inside the emitting call and stay as they are.
QMetaObject::Connection QObject::connectImpl(const QObject* sender, void** signal,
                                             const QObject* receiver, void** slotPointer,
                                             QtPrivate::QSlotObjectBase* slot,
                                             Qt::ConnectionType type, const int* types,
                                             const QMetaObject* senderMetaObject) {
    using Connect = QMetaObject::Connection (*)(const QObject*, void**, const QObject*, void**,
                                                QtPrivate::QSlotObjectBase*, Qt::ConnectionType,
                                                const int*, const QMetaObject*);
    static const auto original = qtOriginal<Connect>(
        "_ZN7QObject11connectImplEPKS_PPvS1_S3_PN9QtPrivate15QSlotObjectBaseEN2Qt14"
        "ConnectionTypeEPKiPK11QMetaObject");
    const bool mayRunDirectly = (type & Qt::QueuedConnection) == 0;
    if (slot != nullptr && mayRunDirectly && tsanPresent())
        slot = new RecordedSlot(slot); // owned by the connection: freed through Destroy
    return original(sender, signal, receiver, slotPointer, slot, type, types, senderMetaObject);
}

namespace {

using StartRunnable = void (*)(QThreadPool*, QRunnable*, int);

StartRunnable qtStartRunnable() {
    static const auto original = qtOriginal<StartRunnable>("_ZN11QThreadPool5startEP9QRunnablei");
    return original;
}

// Both overloads hand Qt an AcquiringTask, never the caller's work itself.
void startAcquiring(QThreadPool* pool, AcquiringTask* task, int priority) {
    releaseHandOver();
    const UnrecordedPosting unrecorded;
    qtStartRunnable()(pool, task, priority);
}

} // namespace

void QThreadPool::start(QRunnable* runnable, int priority) {
    if (runnable == nullptr || !tsanPresent())
        return qtStartRunnable()(this, runnable, priority);
    startAcquiring(this, new AcquiringTask(runnable), priority); // auto-deleted by the pool
}

void QThreadPool::start(std::function<void()> functionToRun, int priority) {
    using StartFunction = void (*)(QThreadPool*, std::function<void()>, int);
    static const auto original =
        qtOriginal<StartFunction>("_ZN11QThreadPool5startESt8functionIFvvEEi");
    if (!functionToRun || !tsanPresent())
        return original(this, std::move(functionToRun), priority);
    // Moved, never copied: whatever it holds still ends on the pool thread.
    startAcquiring(this, new AcquiringTask(std::move(functionToRun)), priority);
}
