#include "charts/SeriesColors.h"

#include <array>
#include <cmath>
#include <vector>

namespace streamscope {

namespace {

// Tableau 10, with the grey moved last (grey is for "unknown" elsewhere in the app).
constexpr std::array<QRgb, 10> kPalette{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                        0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};

} // namespace

QColor SeriesColors::paletteColor(int n) {
    if (n < 0)
        n = 0;
    if (n < static_cast<int>(kPalette.size()))
        return QColor::fromRgb(kPalette[static_cast<std::size_t>(n)]);
    // Golden-angle hue steps keep any two consecutive extra colours far apart.
    const double hue = std::fmod(0.13 + (n - static_cast<int>(kPalette.size())) * 0.381966, 1.0);
    return QColor::fromHsvF(static_cast<float>(hue), 0.55f, 0.80f);
}

QHash<QString, QColor> SeriesColors::assign(const QStringList& keys) {
    QHash<QString, int> kept;
    for (const QString& key : keys) {
        const auto it = m_slots.constFind(key);
        if (it != m_slots.constEnd())
            kept.insert(key, *it);
    }
    std::vector<bool> used;
    for (int slot : std::as_const(kept)) {
        if (slot >= static_cast<int>(used.size()))
            used.resize(static_cast<std::size_t>(slot) + 1, false);
        used[static_cast<std::size_t>(slot)] = true;
    }
    int next = 0;
    for (const QString& key : keys) {
        if (kept.contains(key))
            continue;
        while (next < static_cast<int>(used.size()) && used[static_cast<std::size_t>(next)])
            ++next;
        kept.insert(key, next++);
    }
    m_slots = std::move(kept);
    QHash<QString, QColor> colors;
    colors.reserve(m_slots.size());
    for (auto it = m_slots.constBegin(); it != m_slots.constEnd(); ++it)
        colors.insert(it.key(), paletteColor(it.value()));
    return colors;
}

} // namespace streamscope
