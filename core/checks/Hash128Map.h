#pragma once

#include "checks/Hash128.h"
#include "checks/HugePages.h"
#include "checks/Prefetch.h"

#include <cstddef>
#include <utility>
#include <vector>

namespace streamscope {

// An open-addressing table keyed by a Hash128 (linear probing, at most 5/8 full). The keys are
// already uniform hashes, so their low bits are the slot: no second hashing, one cache line per
// lookup in the common case, no node per entry (QHash cost two lookups and an allocation per new
// id for the checks). A zero key marks an empty slot, so a real zero key is stored as {1, 0}:
// told apart from that one only by a 2^-128 chance.
template <typename Value> class Hash128Map {
public:
    Hash128Map() { m_slots.resize(kInitialSlots); }

    // The value of key, inserted as Value{} first when absent; second is true when it was new.
    std::pair<Value*, bool> findOrInsert(Hash128 key) {
        key = stored(key);
        size_t i = size_t(key.lo) & mask();
        while (true) {
            Slot& slot = m_slots[i];
            if (slot.key == key)
                return {&slot.value, false};
            if (slot.key.isZero())
                break;
            i = (i + 1) & mask();
        }
        if ((m_size + 1) * 8 > m_slots.size() * 5) {
            grow();
            return findOrInsert(key);
        }
        ++m_size;
        m_slots[i].key = key;
        m_slots[i].value = Value{};
        return {&m_slots[i].value, true};
    }

    Value* find(Hash128 key) {
        key = stored(key);
        for (size_t i = size_t(key.lo) & mask();; i = (i + 1) & mask()) {
            Slot& slot = m_slots[i];
            if (slot.key == key)
                return &slot.value;
            if (slot.key.isZero())
                return nullptr;
        }
    }

    // Asks the memory for the key's first slot ahead of a lookup (e.g. before a JSON parse):
    // both ends of it, since a slot may straddle two cache lines (the vector is aligned to 16
    // bytes, not 64; the duplicate check's 64-byte slots straddle three times in four, and the
    // store into the second line was then most of DuplicateCheck::add's time).
    void prefetch(Hash128 key) const {
        const Slot* slot = m_slots.data() + (size_t(key.lo) & mask());
        prefetchLine(slot);
        prefetchLine(reinterpret_cast<const char*>(slot + 1) - 1);
    }

    size_t size() const { return m_size; }
    size_t memoryBytes() const { return m_slots.capacity() * sizeof(Slot); }
    // Room for n keys without growing.
    void reserve(size_t n) {
        size_t count = m_slots.size();
        while (n * 8 > count * 5)
            count *= 2;
        if (count != m_slots.size())
            rehash(count);
    }

private:
    static constexpr size_t kInitialSlots = 64;
    struct Slot {
        Hash128 key;
        Value value{};
    };

    static Hash128 stored(Hash128 key) { return key.isZero() ? Hash128{1, 0} : key; }
    size_t mask() const { return m_slots.size() - 1; }

    void grow() { rehash(m_slots.size() * 2); }
    void rehash(size_t count) {
        Slots old(count);
        old.swap(m_slots);
        for (Slot& slot : old) {
            if (slot.key.isZero())
                continue;
            size_t i = size_t(slot.key.lo) & mask();
            while (!m_slots[i].key.isZero())
                i = (i + 1) & mask();
            m_slots[i] = std::move(slot);
        }
    }

    // Big tables on huge pages: see HugePages.h.
    using Slots = std::vector<Slot, HugePageAllocator<Slot>>;
    Slots m_slots;
    size_t m_size = 0;
};

} // namespace streamscope
