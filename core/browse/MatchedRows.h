#pragma once

#include <QtGlobal>

#include <memory>
#include <vector>

namespace streamscope {

// The store rows a display filter kept, in store order, as immutable shared chunks: the Browse
// table's model appends one chunk per drained batch and hands copies of this (a list of chunk
// pointers, no rows copied) to workers such as the volume timeline's count, so the filter runs
// once per message instead of once per consumer. Chunks are merged as they pile up (like a
// binary counter), so there are few of them and each row is copied O(log n) times in total.
//
// A value type; not synchronised: build it on one thread, read copies anywhere (the chunks never
// change once shared).
struct MatchedRows {
    using Chunk = std::shared_ptr<const std::vector<quint32>>;
    static constexpr size_t kMaxChunks = 32;

    // Which filter result this is: a new filter, time span or store gives a new generation.
    quint64 generation = 0;
    // False: no filter, every row below `scanned` matches (chunks stay empty).
    bool filtered = false;
    // Store rows below this were looked at.
    size_t scanned = 0;
    std::vector<Chunk> chunks;

    // Matching rows (every scanned row when not filtered).
    size_t count() const;
    // Appends the matches of the rows in [scanned, scannedTo) (ascending, all >= scanned).
    void append(std::vector<quint32> rows, size_t scannedTo);
    // Every matching row in store order (filtered only).
    std::vector<quint32> flatten() const;

    template <typename F> void forEach(F&& f) const {
        if (!filtered) {
            for (size_t r = 0; r < scanned; ++r)
                f(quint32(r));
            return;
        }
        for (const Chunk& chunk : chunks)
            for (quint32 r : *chunk)
                f(r);
    }
};

} // namespace streamscope
