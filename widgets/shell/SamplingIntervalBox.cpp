#include "shell/SamplingIntervalBox.h"

#include "common/WidgetsTr.h"

#include <QSignalBlocker>

#include <algorithm>

namespace streamscope {

namespace {

constexpr int kPresetSeconds[] = {1, 2, 5, 10, 15, 30, 60};
constexpr int kMinIntervalMs = 1000;
constexpr int kMaxIntervalMs = 60000;

QString labelOf(int ms) {
    return WidgetsTr::tr("every %1 s").arg(QLocale().toString(ms / 1000.0, 'g', 3));
}

} // namespace

SamplingIntervalBox::SamplingIntervalBox(QWidget* parent)
    : QComboBox(parent) {
    setObjectName(QStringLiteral("samplingInterval"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(WidgetsTr::tr("How often the cluster is sampled: offsets, rates and charts refresh "
                             "at this pace. Applies from the next sample; the history keeps "
                             "tick resolution for as many samples as fit in an hour at the "
                             "interval the connection started with."));
    for (int seconds : kPresetSeconds)
        addItem(labelOf(seconds * 1000), seconds * 1000);
    setIntervalMs(kDefaultIntervalMs);
    connect(this, &QComboBox::activated, this,
            [this](int index) { Q_EMIT intervalChosen(itemData(index).toInt()); });
}

int SamplingIntervalBox::intervalMs() const {
    return currentData().toInt();
}

int SamplingIntervalBox::indexOfInterval(int ms) {
    const int found = findData(ms);
    if (found >= 0)
        return found;
    // Keep the list ordered: insert before the first longer preset.
    int at = 0;
    while (at < count() && itemData(at).toInt() < ms)
        ++at;
    insertItem(at, labelOf(ms), ms);
    return at;
}

void SamplingIntervalBox::setIntervalMs(int ms) {
    const QSignalBlocker quiet(this);
    setCurrentIndex(indexOfInterval(std::clamp(ms, kMinIntervalMs, kMaxIntervalMs)));
}

} // namespace streamscope
