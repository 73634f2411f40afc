#include "exporter/PrometheusText.h"

#include <charconv>
#include <cmath>

namespace streamscope {

namespace {

void append(QByteArray& out, std::string_view s) {
    out.append(s.data(), static_cast<qsizetype>(s.size()));
}

void appendInteger(QByteArray& out, qint64 v) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, static_cast<qsizetype>(result.ptr - buffer));
}

} // namespace

PrometheusText::PrometheusText(qsizetype reserveBytes) {
    if (reserveBytes > 0)
        m_out.reserve(reserveBytes);
}

void PrometheusText::family(std::string_view name, std::string_view help, std::string_view type) {
    append(m_out, "# HELP ");
    append(m_out, name);
    m_out.append(' ');
    // HELP escapes backslash and line feed only (double quotes stay as they are).
    for (const char c : help) {
        if (c == '\\')
            append(m_out, "\\\\");
        else if (c == '\n')
            append(m_out, "\\n");
        else
            m_out.append(c);
    }
    append(m_out, "\n# TYPE ");
    append(m_out, name);
    m_out.append(' ');
    append(m_out, type);
    m_out.append('\n');
}

PrometheusText& PrometheusText::begin(std::string_view name) {
    append(m_out, name);
    m_hasLabels = false;
    return *this;
}

void PrometheusText::separator() {
    m_out.append(m_hasLabels ? ',' : '{');
    m_hasLabels = true;
}

PrometheusText& PrometheusText::label(std::string_view key, std::string_view utf8Value) {
    separator();
    append(m_out, key);
    append(m_out, "=\"");
    appendEscapedLabelValue(m_out, utf8Value);
    m_out.append('"');
    return *this;
}

PrometheusText& PrometheusText::label(std::string_view key, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    return label(key, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

PrometheusText& PrometheusText::label(std::string_view key, qint64 value) {
    separator();
    append(m_out, key);
    append(m_out, "=\"");
    appendInteger(m_out, value);
    m_out.append('"');
    return *this;
}

PrometheusText& PrometheusText::preEscapedLabel(std::string_view keyAndValue) {
    separator();
    append(m_out, keyAndValue);
    return *this;
}

void PrometheusText::endLabels() {
    append(m_out, m_hasLabels ? "} " : " ");
}

void PrometheusText::value(double v) {
    endLabels();
    appendNumber(m_out, v);
    m_out.append('\n');
}

void PrometheusText::value(qint64 v) {
    endLabels();
    appendInteger(m_out, v);
    m_out.append('\n');
}

QByteArray PrometheusText::escapedLabel(std::string_view key, const QString& value) {
    QByteArray out;
    append(out, key);
    append(out, "=\"");
    const QByteArray utf8 = value.toUtf8();
    appendEscapedLabelValue(out,
                            std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    out.append('"');
    return out;
}

void PrometheusText::appendEscapedLabelValue(QByteArray& out, std::string_view utf8Value) {
    // Runs without a special character are appended whole: most values have none.
    size_t runStart = 0;
    for (size_t i = 0; i < utf8Value.size(); ++i) {
        const char c = utf8Value[i];
        if (c != '\\' && c != '"' && c != '\n')
            continue;
        append(out, utf8Value.substr(runStart, i - runStart));
        append(out, c == '\n' ? "\\n" : (c == '"' ? "\\\"" : "\\\\"));
        runStart = i + 1;
    }
    append(out, utf8Value.substr(runStart));
}

void PrometheusText::appendNumber(QByteArray& out, double v) {
    if (std::isnan(v)) {
        append(out, "NaN");
        return;
    }
    if (std::isinf(v)) {
        append(out, v > 0 ? "+Inf" : "-Inf");
        return;
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    out.append(buffer, static_cast<qsizetype>(result.ptr - buffer));
}

} // namespace streamscope
