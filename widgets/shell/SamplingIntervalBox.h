#pragma once

#include <QComboBox>

namespace streamscope {

// Picks how often the cluster is sampled (1-60 s): offsets, rates and charts refresh at this
// pace. Emits intervalChosen only for the user's choices, not for setIntervalMs().
class SamplingIntervalBox : public QComboBox {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 2000;

    explicit SamplingIntervalBox(QWidget* parent = nullptr);

    int intervalMs() const;
    // Selects the entry of this interval, adding it if it is not one of the presets (a value
    // from the command line such as 3 s). Out-of-range values are clamped to 1-60 s.
    void setIntervalMs(int ms);

Q_SIGNALS:
    void intervalChosen(int ms);

private:
    int indexOfInterval(int ms);
};

} // namespace streamscope
