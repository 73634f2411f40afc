#include "replay/RecordDigest.h"

namespace streamscope {

namespace {

class Fnv1a {
public:
    void add(QByteArrayView bytes) {
        for (const char c : bytes) {
            m_hash ^= static_cast<unsigned char>(c);
            m_hash *= 0x100000001b3ull;
        }
    }
    void addNumber(qint64 n) {
        const auto v = static_cast<quint64>(n);
        char raw[8];
        for (int i = 0; i < 8; ++i)
            raw[i] = static_cast<char>((v >> (8 * i)) & 0xff);
        add(QByteArrayView(raw, 8));
    }
    // Length first (-1 for null), so "ab"+"c" and "a"+"bc" differ.
    void addField(const MaybeBytes& bytes) {
        addNumber(bytes.null ? -1 : bytes.size);
        if (!bytes.null)
            add(bytes.view());
    }
    uint64_t value() const { return m_hash; }

private:
    uint64_t m_hash = 0xcbf29ce484222325ull;
};

} // namespace

uint64_t recordDigest(const MessageView& message, int dropLastHeaders) {
    Fnv1a hash;
    hash.addField(message.key);
    hash.addField(message.value);
    const int kept = message.headerCount() - dropLastHeaders;
    int index = 0;
    message.forEachHeader([&](QByteArrayView name, const MaybeBytes& value) {
        if (index++ >= kept)
            return;
        hash.addNumber(name.size());
        hash.add(name);
        hash.addField(value);
    });
    return hash.value();
}

} // namespace streamscope
