#pragma once

#include "sim/Scenario.h"

#include <QString>

#include <optional>
#include <vector>

namespace streamscope::sim {

// Splits a payload text template such as "SKU-{int:1000:9999}" into segments. Placeholders:
// {key} {seq} {uuid} {now} {int:MIN:MAX} {money:MIN:MAX} {choice:A|B|C} {cause.FIELD};
// "{{" and "}}" stand for literal braces. On failure returns nothing and sets *error.
std::optional<std::vector<TemplateSegment>> parseTextTemplate(const QString& text, QString* error);

// True when the template is one numeric placeholder ({int:...}, {money:...} or {seq}) and
// nothing else: such a field renders as a JSON number instead of a string.
bool isNumericTemplate(const std::vector<TemplateSegment>& segments);

} // namespace streamscope::sim
