#pragma once

#include "checks/RecordFacts.h"

#include <cstddef>
#include <vector>

namespace streamscope {

class MessageStore;

// The facts of consecutive store rows, read on one thread and checked on another (checkStore).
// A RecordReader's facts name texts in its buffers and parser, which the next read overwrites:
// the batch copies those few texts (identity, type, version) and any new shape into itself, so
// its facts stay valid until the batch is read again. Store rows stay where they are, so the
// checks take each record's key, topic and place from the store. (Store rows carry no decoded
// payloads, so the facts' schema and decodeError stay null.)
class FactsBatch {
public:
    // Reads rows[first, last) of the store (rows first..last-1 themselves when `rows` is empty)
    // with `reader`, in that order, replacing what the batch held.
    void read(RecordReader& reader, const MessageStore& store, const std::vector<size_t>& rows,
              size_t first, size_t last);

    size_t size() const { return m_facts.size(); }
    const RecordFacts& operator[](size_t i) const { return m_facts[i]; }

private:
    // Where a record's texts are in m_texts: offsets, since m_texts may move while it grows.
    struct TextPlaces {
        size_t identity = 0, type = 0, version = 0;
        std::ptrdiff_t newShape = -1; // index into m_shapes
    };
    void append(const RecordFacts& facts);
    size_t keep(std::string_view text);
    void pointIntoBatch();

    std::vector<RecordFacts> m_facts;
    std::vector<TextPlaces> m_places; // parallel to m_facts
    std::vector<char> m_texts;
    std::vector<ShapeSet> m_shapes;
};

} // namespace streamscope
