#pragma once

#include "checks/CheckReport.h"
#include "checks/Hash128.h"

#include <simdjson.h>

#include <set>
#include <utility>

namespace streamscope {

// The shape of a JSON document: the set of its field paths with their JSON types. Nested
// objects give "a.b"; array elements give "items[]" (the element type) and "items[].sku".
// A path with two types (a number here, a string there) is in the set twice.
using ShapeSet = std::set<std::pair<QString, QString>>;

// A hash of the shape, cheap enough for every record: equal shapes hash equal. (A path repeated
// in several array elements counts each time, so equal sets may hash apart: that only costs an
// extra collectShape, never a wrong answer.)
Hash128 shapeHash(simdjson::dom::element root);
// Adds the paths and types of the document to `shape` (for a shape hash not seen before).
void collectShape(simdjson::dom::element root, ShapeSet& shape);

} // namespace streamscope
