#include "browse/MatchedRows.h"

#include <algorithm>

namespace streamscope {

size_t MatchedRows::count() const {
    if (!filtered)
        return scanned;
    size_t n = 0;
    for (const Chunk& chunk : chunks)
        n += chunk->size();
    return n;
}

void MatchedRows::append(std::vector<quint32> rows, size_t scannedTo) {
    scanned = std::max(scanned, scannedTo);
    if (rows.empty())
        return;
    chunks.push_back(std::make_shared<const std::vector<quint32>>(std::move(rows)));
    // A binary counter: the newest chunk absorbs its predecessor while it is as large, so sizes
    // fall from front to back and a row is copied about log2(rows / batch) times in all; the
    // cap on the count covers batches that keep shrinking.
    while (chunks.size() >= 2 && (chunks.back()->size() >= chunks[chunks.size() - 2]->size() ||
                                  chunks.size() > kMaxChunks)) {
        const Chunk last = std::move(chunks.back());
        chunks.pop_back();
        auto merged = std::make_shared<std::vector<quint32>>();
        merged->reserve(chunks.back()->size() + last->size());
        merged->insert(merged->end(), chunks.back()->begin(), chunks.back()->end());
        merged->insert(merged->end(), last->begin(), last->end());
        chunks.back() = std::move(merged);
    }
}

std::vector<quint32> MatchedRows::flatten() const {
    std::vector<quint32> out;
    out.reserve(count());
    forEach([&out](quint32 r) { out.push_back(r); });
    return out;
}

} // namespace streamscope
