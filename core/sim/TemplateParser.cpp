#include "sim/TemplateParser.h"

#include "sim/SimTr.h"

namespace streamscope::sim {

namespace {

bool parseBound(const QString& text, double* out) {
    bool ok = false;
    *out = text.trimmed().toDouble(&ok);
    return ok;
}

// Interprets the text between one pair of braces.
std::optional<TemplateSegment> parsePlaceholder(const QString& body, QString* error) {
    using Kind = TemplateSegment::Kind;
    TemplateSegment segment;
    if (body == u"key" || body == u"seq" || body == u"uuid" || body == u"now") {
        segment.kind = body == u"key"    ? Kind::Key
                       : body == u"seq"  ? Kind::Seq
                       : body == u"uuid" ? Kind::Uuid
                                         : Kind::Now;
        return segment;
    }
    if (body.startsWith(u"cause.")) {
        segment.kind = Kind::Cause;
        segment.text = body.mid(6);
        if (segment.text.isEmpty()) {
            *error = SimTr::tr("{cause.FIELD} needs a field name");
            return std::nullopt;
        }
        return segment;
    }
    if (body.startsWith(u"choice:")) {
        segment.kind = Kind::Choice;
        segment.choices = body.mid(7).split(QLatin1Char('|'));
        if (segment.choices.contains(QString())) {
            *error = SimTr::tr("{choice:A|B|C} needs non-empty choices, got {%1}").arg(body);
            return std::nullopt;
        }
        return segment;
    }
    if (body.startsWith(u"int:") || body.startsWith(u"money:")) {
        segment.kind = body.startsWith(u"int:") ? Kind::Int : Kind::Money;
        const QStringList parts = body.split(QLatin1Char(':'));
        if (parts.size() != 3 || !parseBound(parts[1], &segment.min) ||
            !parseBound(parts[2], &segment.max) || segment.min > segment.max) {
            *error = SimTr::tr("{%1} must be {%2:MIN:MAX} with numbers MIN <= MAX")
                         .arg(body, parts.value(0));
            return std::nullopt;
        }
        return segment;
    }
    *error = SimTr::tr("unknown placeholder {%1} (known: key, seq, uuid, now, int:MIN:MAX, "
                       "money:MIN:MAX, choice:A|B, cause.FIELD)")
                 .arg(body);
    return std::nullopt;
}

} // namespace

std::optional<std::vector<TemplateSegment>> parseTextTemplate(const QString& text, QString* error) {
    std::vector<TemplateSegment> segments;
    QString literal;
    auto flushLiteral = [&] {
        if (!literal.isEmpty()) {
            segments.push_back(TemplateSegment{TemplateSegment::Kind::Literal, literal, 0, 0, {}});
            literal.clear();
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if ((c == u'{' && next == u'{') || (c == u'}' && next == u'}')) {
            literal += c;
            ++i;
            continue;
        }
        if (c == u'}') {
            *error = SimTr::tr("unmatched \"}\" at position %1 (write \"}}\" for a brace)").arg(i);
            return std::nullopt;
        }
        if (c != u'{') {
            literal += c;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0) {
            *error = SimTr::tr("unclosed \"{\" at position %1 (write \"{{\" for a brace)").arg(i);
            return std::nullopt;
        }
        auto segment = parsePlaceholder(text.mid(i + 1, close - i - 1), error);
        if (!segment)
            return std::nullopt;
        flushLiteral();
        segments.push_back(std::move(*segment));
        i = close;
    }
    flushLiteral();
    return segments;
}

bool isNumericTemplate(const std::vector<TemplateSegment>& segments) {
    if (segments.size() != 1)
        return false;
    const auto kind = segments.front().kind;
    return kind == TemplateSegment::Kind::Int || kind == TemplateSegment::Kind::Money ||
           kind == TemplateSegment::Kind::Seq;
}

} // namespace streamscope::sim
