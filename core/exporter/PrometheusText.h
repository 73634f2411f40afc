#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

namespace streamscope {

// Writes the Prometheus text exposition format, version 0.0.4: "# HELP" and "# TYPE" lines per
// metric family, then one line per sample, `name{key="value",...} number`. Label values and help
// texts are escaped as the format requires (backslash, double quote, line feed); numbers use the
// shortest form that reads back to the same double, and NaN / +Inf / -Inf as spelled there.
//
// A family's samples must follow its header without another family in between; the writer does
// not reorder. Samples are written as begin(name), label()..., value().
class PrometheusText {
public:
    explicit PrometheusText(qsizetype reserveBytes = 0);

    void family(std::string_view name, std::string_view help, std::string_view type = "gauge");

    PrometheusText& begin(std::string_view name);
    PrometheusText& label(std::string_view key, std::string_view utf8Value);
    PrometheusText& label(std::string_view key, const QString& value);
    PrometheusText& label(std::string_view key, qint64 value);
    // A label already written as `key="escaped value"` (e.g. the cluster label repeated on every
    // line; see escapedLabel()).
    PrometheusText& preEscapedLabel(std::string_view keyAndValue);
    void value(double v);
    void value(qint64 v);

    const QByteArray& text() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

    // `key="value"` with the value escaped, for preEscapedLabel().
    static QByteArray escapedLabel(std::string_view key, const QString& value);
    static void appendEscapedLabelValue(QByteArray& out, std::string_view utf8Value);
    static void appendNumber(QByteArray& out, double v);

private:
    void separator();
    void endLabels();

    QByteArray m_out;
    bool m_hasLabels = false;
};

} // namespace streamscope
