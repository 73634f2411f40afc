#include "checks/JsonShape.h"

#include "checks/RecordFacts.h"

namespace streamscope {

namespace {

namespace dom = simdjson::dom;

// Deeper than this the shape stops: payloads nested further are hostile, not events.
constexpr int kMaxDepth = 32;

// Tagged by the type's name, so int and double (both "number") give one shape.
Hash128 pathMember(Hash128 path, dom::element_type type) {
    std::uint64_t tag = 0;
    switch (type) {
    case dom::element_type::OBJECT:
        tag = 1;
        break;
    case dom::element_type::ARRAY:
        tag = 2;
        break;
    case dom::element_type::STRING:
        tag = 3;
        break;
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
        tag = 4;
        break;
    case dom::element_type::BOOL:
        tag = 5;
        break;
    case dom::element_type::NULL_VALUE:
        tag = 6;
        break;
    }
    return mixTag(path, tag);
}

void hashInto(dom::element element, Hash128 path, int depth, Hash128& set) {
    if (depth > kMaxDepth)
        return;
    if (element.type() == dom::element_type::OBJECT) {
        for (const dom::key_value_pair field : dom::object(element)) {
            const Hash128 child =
                hashShort(QByteArrayView(field.key.data(), qsizetype(field.key.size())), path);
            set = addToSet(set, pathMember(child, field.value.type()));
            hashInto(field.value, child, depth + 1, set);
        }
    } else if (element.type() == dom::element_type::ARRAY) {
        const Hash128 child = hashShort(QByteArrayView("[]", 2), path);
        for (const dom::element item : dom::array(element)) {
            set = addToSet(set, pathMember(child, item.type()));
            hashInto(item, child, depth + 1, set);
        }
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
