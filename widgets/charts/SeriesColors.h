#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

namespace streamscope {

// Gives each charted series (a topic, a partition) a colour that stays the same while it is on the
// chart, and that the table uses for its swatch, so the two always agree. The first colours are a
// qualitative palette whose neighbours are easy to tell apart; beyond it, hues are spread by the
// golden angle. A colour is reused only after its series left the chart.
class SeriesColors {
public:
    // Keeps the colours of keys that stay, frees the others, assigns free colours to new keys
    // (in the given order), and returns the map for exactly these keys.
    QHash<QString, QColor> assign(const QStringList& keys);
    QColor colorOf(const QString& key) const { return paletteColor(m_slots.value(key, 0)); }
    void clear() { m_slots.clear(); }

    // The n-th colour of the palette.
    static QColor paletteColor(int n);

private:
    QHash<QString, int> m_slots; // key -> palette index
};

} // namespace streamscope
