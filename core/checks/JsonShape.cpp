#include "checks/JsonShape.h"

#include "checks/RecordFacts.h"

#include <array>
#include <cstdint>

namespace streamscope {

namespace {

namespace dom = simdjson::dom;

// Deeper than this the shape stops: payloads nested further are hostile, not events.
constexpr int kMaxDepth = 32;

// A member's tag, by its type's name, so int and double (both "number") give one shape. A table
// by simdjson's element_type (its values are characters: '{', '[', '"', 'l', …), looked up inline:
// the switch it replaced was a call per field.
constexpr std::array<std::uint8_t, 256> kTypeTags = [] {
    std::array<std::uint8_t, 256> tags{};
    tags[size_t(dom::element_type::OBJECT)] = 1;
    tags[size_t(dom::element_type::ARRAY)] = 2;
    tags[size_t(dom::element_type::STRING)] = 3;
    tags[size_t(dom::element_type::INT64)] = 4;
    tags[size_t(dom::element_type::UINT64)] = 4;
    tags[size_t(dom::element_type::DOUBLE)] = 4;
    tags[size_t(dom::element_type::BOOL)] = 5;
    tags[size_t(dom::element_type::NULL_VALUE)] = 6;
    return tags;
}();

inline Hash128 pathMember(Hash128 path, dom::element_type type) {
    return mixTag(path, kTypeTags[size_t(static_cast<unsigned char>(type))]);
}

void hashInto(dom::element element, Hash128 path, int depth, Hash128& set);

// One member of the shape: its path and type, then what is inside it when it is a container
// (scalars, most members, cost no call).
inline void hashMember(dom::element value, Hash128 path, int depth, Hash128& set) {
    const dom::element_type type = value.type();
    set = addToSet(set, pathMember(path, type));
    if (type == dom::element_type::OBJECT || type == dom::element_type::ARRAY)
        hashInto(value, path, depth + 1, set);
}

void hashInto(dom::element element, Hash128 path, int depth, Hash128& set) {
    if (depth > kMaxDepth)
        return;
    if (element.type() == dom::element_type::OBJECT) {
        for (const dom::key_value_pair field : dom::object(element)) {
            const Hash128 child =
                hashShort(QByteArrayView(field.key.data(), qsizetype(field.key.size())), path);
            hashMember(field.value, child, depth, set);
        }
    } else if (element.type() == dom::element_type::ARRAY) {
        const Hash128 child = hashShort(QByteArrayView("[]", 2), path);
        for (const dom::element item : dom::array(element))
            hashMember(item, child, depth, set);
    }
}

void collectInto(dom::element element, const QString& path, int depth, ShapeSet& shape) {
    if (depth > kMaxDepth)
        return;
    if (element.type() == dom::element_type::OBJECT) {
        for (const dom::key_value_pair field : dom::object(element)) {
            const QString name = QString::fromUtf8(field.key.data(), qsizetype(field.key.size()));
            const QString child = path.isEmpty() ? name : path + u'.' + name;
            shape.emplace(child, QString::fromLatin1(jsonTypeName(field.value.type())));
            collectInto(field.value, child, depth + 1, shape);
        }
    } else if (element.type() == dom::element_type::ARRAY) {
        const QString child = path + QStringLiteral("[]");
        for (const dom::element item : dom::array(element)) {
            shape.emplace(child, QString::fromLatin1(jsonTypeName(item.type())));
            collectInto(item, child, depth + 1, shape);
        }
    }
}

} // namespace

Hash128 shapeHash(dom::element root) {
    Hash128 set = hash128(QByteArrayView(jsonTypeName(root.type())));
    hashInto(root, Hash128{}, 0, set);
    return set;
}

void collectShape(dom::element root, ShapeSet& shape) {
    collectInto(root, QString(), 0, shape);
}

} // namespace streamscope
