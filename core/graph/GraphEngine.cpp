#include "graph/GraphEngine.h"

#include "common/ThreadPriority.h"
#include "graph/GraphTr.h"
#include "graph/GroupSource.h"
#include "graph/TopicRecordSampler.h"

#include <QDateTime>

#include <atomic>

namespace streamscope {

GraphEngine::GraphEngine(ConnectionProfile profile, RatesSource rates,
                         std::shared_ptr<GroupSource> groups, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_rates(std::move(rates))
    , m_groups(std::move(groups)) {
    registerGraphMetaTypes();
}

GraphEngine::~GraphEngine() {
    stop();
}

void GraphEngine::start() {
    if (m_thread.joinable())
        return;
    m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

void GraphEngine::stop() {
    if (!m_thread.joinable())
        return;
    m_thread.request_stop();
    m_wakeUp.notify_all();
    m_thread.join();
    m_thread = {};
}

void GraphEngine::refreshSoon() {
    {
        std::lock_guard lock(m_mutex);
        m_wake = true;
    }
    m_wakeUp.notify_all();
}

void GraphEngine::setPaused(bool paused) {
    {
        std::lock_guard lock(m_mutex);
        m_paused = paused;
        m_wake = m_wake || !paused;
    }
    m_wakeUp.notify_all();
}

void GraphEngine::setSettings(const GraphEngineSettings& settings) {
    std::lock_guard lock(m_mutex);
    m_settings = settings;
}

GraphEngineSettings GraphEngine::settings() const {
    std::lock_guard lock(m_mutex);
    return m_settings;
}

void GraphEngine::setNamingRules(const ServiceNamingRules& rules) {
    std::lock_guard lock(m_mutex);
    m_rules = rules;
}

ServiceNamingRules GraphEngine::namingRules() const {
    std::lock_guard lock(m_mutex);
    return m_rules;
}

ServiceGraphPtr GraphEngine::latest() const {
    std::lock_guard lock(m_mutex);
    return m_latest;
}

ServiceGraphPtr GraphEngine::refreshOnce() {
    auto graph = refresh(nullptr);
    m_sampler.reset();
    return graph;
}

void GraphEngine::run(std::stop_token stop) {
    lowerCurrentThreadPriority();
    std::atomic_bool cancel{false};
    std::stop_callback onStop(stop, [&cancel] { cancel = true; });
    while (!stop.stop_requested()) {
        {
            std::unique_lock lock(m_mutex);
            m_wakeUp.wait(lock, stop, [this] { return !m_paused; });
        }
        if (stop.stop_requested())
            break;
        auto graph = refresh(&cancel);
        if (stop.stop_requested())
            break;
        Q_EMIT updated(graph);
        std::unique_lock lock(m_mutex);
        const auto interval = std::chrono::milliseconds(m_settings.refreshMs);
        m_wakeUp.wait_for(lock, stop, interval, [this] { return m_wake; });
        m_wake = false;
    }
    m_sampler.reset(); // librdkafka handles die on the thread that made them
}

ServiceGraphPtr GraphEngine::refresh(const std::atomic_bool* cancel) {
    GraphEngineSettings settings;
    ServiceNamingRules rules;
    {
        std::lock_guard lock(m_mutex);
        settings = m_settings;
        rules = m_rules;
    }
    GraphInputs inputs;
    inputs.rates = m_rates ? m_rates() : nullptr;
    inputs.groups = m_groups ? m_groups->latestGroups() : nullptr;
    if (inputs.rates) {
        if (!m_sampler) {
            auto sampler = TopicRecordSampler::create(m_profile);
            if (sampler) {
                m_sampler = std::move(sampler.value());
                m_samplerError.clear();
            } else {
                m_samplerError = sampler.error().message;
            }
        }
        if (m_sampler)
            inputs.samples =
                m_sampler->sample(topicEndsOf(*inputs.rates), settings.graph.samplePerTopic,
                                  settings.sampleTimeoutMs, cancel);
    }
    inputs.nowMs = QDateTime::currentMSecsSinceEpoch();

    ServiceGraph graph = inferServiceGraph(inputs, ServiceNamer(rules), settings.graph);
    if (!m_samplerError.isEmpty())
        graph.notes << GraphTr::tr("Records could not be read: %1").arg(m_samplerError);
    if (!inputs.rates)
        graph.notes << GraphTr::tr("Topic rates are not known yet: waiting for the first samples.");
    auto published = std::make_shared<const ServiceGraph>(
        m_aging.apply(std::move(graph), inputs.nowMs, settings.graph.expiryMs));
    std::lock_guard lock(m_mutex);
    m_latest = published;
    return published;
}

} // namespace streamscope
