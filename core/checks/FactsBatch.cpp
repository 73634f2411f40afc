#include "checks/FactsBatch.h"

#include "browse/MessageStore.h"

namespace streamscope {

void FactsBatch::read(RecordReader& reader, const MessageStore& store,
                      const std::vector<size_t>& rows, size_t first, size_t last) {
    m_facts.clear();
    m_places.clear();
    m_texts.clear();
    m_shapes.clear();
    for (size_t i = first; i < last; ++i)
        append(reader.read(store.view(rows.empty() ? i : rows[i])));
    pointIntoBatch();
}

void FactsBatch::append(const RecordFacts& facts) {
    TextPlaces places;
    places.identity = keep(facts.identityText);
    places.type = keep(facts.type);
    places.version = keep(facts.version);
    if (facts.newShape) {
        places.newShape = std::ptrdiff_t(m_shapes.size());
        m_shapes.push_back(*facts.newShape);
    }
    m_facts.push_back(facts);
    m_places.push_back(places);
}

size_t FactsBatch::keep(std::string_view text) {
    const size_t offset = m_texts.size();
    m_texts.insert(m_texts.end(), text.begin(), text.end());
    return offset;
}

// Once the batch is full its buffers no longer move: the views are set then.
void FactsBatch::pointIntoBatch() {
    for (size_t i = 0; i < m_facts.size(); ++i) {
        RecordFacts& facts = m_facts[i];
        const TextPlaces& places = m_places[i];
        facts.identityText = {m_texts.data() + places.identity, facts.identityText.size()};
        facts.type = {m_texts.data() + places.type, facts.type.size()};
        facts.version = {m_texts.data() + places.version, facts.version.size()};
        facts.newShape = places.newShape >= 0 ? &m_shapes[size_t(places.newShape)] : nullptr;
    }
}

} // namespace streamscope
