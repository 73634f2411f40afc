// The filter language's front end: lexer and recursive-descent parser into a FilterProgram.
// Evaluation lives in FilterEval.cpp.
#include "browse/Filter.h"

#include "browse/BrowseRequest.h"
#include "browse/FilterProgram.h"

#include <QCoreApplication>
#include <QDateTime>

#include <charconv>
#include <cmath>

namespace streamscope {

namespace {

struct FilterTr {
    Q_DECLARE_TR_FUNCTIONS(Filter)
};

// Thrown inside the parser only, caught by compile(): errors leave as values.
struct ParseFailure {
    FilterError error;
};

[[noreturn]] void failAt(int position, int length, const QString& message,
                         const QString& hint = {}) {
    throw ParseFailure{FilterError{position, std::max(length, 1), message, hint}};
}

QString fieldsHint() {
    return FilterTr::tr("fields: topic, partition, offset, timestamp, key, value, size, "
                        "header.NAME, value.PATH (value.order.items[0].sku)");
}

QString valueHint() {
    return FilterTr::tr("a value: \"text\", 42, true, false, null, 2026-12-02T10:00:00Z or "
                        "now - 5m");
}

QString operatorHint() {
    return FilterTr::tr("an operator (== != < <= > >= contains matches in), and, or, or )");
}

struct Token {
    enum class Kind {
        End,
        Ident,
        String,
        Number,
        Duration,
        Time,
        LParen,
        RParen,
        LBrace,
        RBrace,
        Comma,
        Eq,
        Ne,
        Lt,
        Le,
        Gt,
        Ge,
        AndSym,
        OrSym,
        NotSym,
        Minus,
        Plus,
    };
    Kind kind = Kind::End;
    int position = 0;
    int length = 0;
    QString text;      // identifiers, numbers, times as written
    std::string utf8;  // strings, unescaped
    double number = 0; // numbers; durations in ms
};

bool isIdentStart(QChar c) {
    return c.isLetter() || c == u'_';
}

bool isIdentChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'[' || c == u']';
}

class Lexer {
public:
    explicit Lexer(const QString& text)
        : m_text(text) {}

    std::vector<Token> run() {
        std::vector<Token> tokens;
        for (;;) {
            skipSpace();
            Token t = next();
            const bool end = t.kind == Token::Kind::End;
            tokens.push_back(std::move(t));
            if (end)
                return tokens;
        }
    }

private:
    QChar at(int i) const { return i < m_text.size() ? m_text[i] : QChar(); }
    void skipSpace() {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    Token make(Token::Kind kind, int start) {
        Token t;
        t.kind = kind;
        t.position = start;
        t.length = m_pos - start;
        t.text = m_text.mid(start, m_pos - start);
        return t;
    }

    Token next() {
        const int start = m_pos;
        if (m_pos >= m_text.size())
            return make(Token::Kind::End, start);
        const QChar c = m_text[m_pos];
        auto two = [&](QChar second) { return at(m_pos + 1) == second; };
        using K = Token::Kind;
        switch (c.unicode()) {
        case '(':
            ++m_pos;
            return make(K::LParen, start);
        case ')':
            ++m_pos;
            return make(K::RParen, start);
        case '{':
            ++m_pos;
            return make(K::LBrace, start);
        case '}':
            ++m_pos;
            return make(K::RBrace, start);
        case ',':
            ++m_pos;
            return make(K::Comma, start);
        case '-':
            ++m_pos;
            return make(K::Minus, start);
        case '+':
            ++m_pos;
            return make(K::Plus, start);
        case '=':
            if (two(u'=')) {
                m_pos += 2;
                return make(K::Eq, start);
            }
            failAt(start, 1, FilterTr::tr("a single ="), FilterTr::tr("use == to compare"));
        case '!':
            if (two(u'=')) {
                m_pos += 2;
                return make(K::Ne, start);
            }
            ++m_pos;
            return make(K::NotSym, start);
        case '<':
            m_pos += two(u'=') ? 2 : 1;
            return make(m_pos - start == 2 ? K::Le : K::Lt, start);
        case '>':
            m_pos += two(u'=') ? 2 : 1;
            return make(m_pos - start == 2 ? K::Ge : K::Gt, start);
        case '&':
            if (two(u'&')) {
                m_pos += 2;
                return make(K::AndSym, start);
            }
            failAt(start, 1, FilterTr::tr("a single &"), FilterTr::tr("use && or and"));
        case '|':
            if (two(u'|')) {
                m_pos += 2;
                return make(K::OrSym, start);
            }
            failAt(start, 1, FilterTr::tr("a single |"), FilterTr::tr("use || or or"));
        case '"':
        case '\'':
            return string(c);
        default:
            break;
        }
        if (c.isDigit())
            return numberOrTime();
        if (isIdentStart(c))
            return ident();
        failAt(start, 1, FilterTr::tr("unexpected character \"%1\"").arg(c), fieldsHint());
    }

    Token ident() {
        const int start = m_pos;
        while (m_pos < m_text.size() && isIdentChar(m_text[m_pos]))
            ++m_pos;
        // Header names and JSON keys often hold dashes (content-type, order-id).
        const QStringView sofar = QStringView(m_text).mid(start, m_pos - start);
        if (sofar.startsWith(u"header.") || sofar.startsWith(u"value.") ||
            sofar.startsWith(u"value[")) {
            while (m_pos < m_text.size() && (isIdentChar(m_text[m_pos]) || m_text[m_pos] == u'-'))
                ++m_pos;
        }
        return make(Token::Kind::Ident, start);
    }

    Token string(QChar quote) {
        const int start = m_pos++;
        QString out;
        for (;;) {
            if (m_pos >= m_text.size())
                failAt(start, m_pos - start, FilterTr::tr("unterminated string"),
                       FilterTr::tr("close it with %1").arg(quote));
            const QChar c = m_text[m_pos++];
            if (c == quote)
                break;
            if (c != u'\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                failAt(start, m_pos - start, FilterTr::tr("unterminated string"),
                       FilterTr::tr("close it with %1").arg(quote));
            const QChar e = m_text[m_pos++];
            switch (e.unicode()) {
            case 'n':
                out += u'\n';
                break;
            case 't':
                out += u'\t';
                break;
            case 'r':
                out += u'\r';
                break;
            case '0':
                out += QChar(0);
                break;
            case 'u': {
                bool ok = false;
                const uint code = QStringView(m_text).mid(m_pos, 4).toUInt(&ok, 16);
                if (!ok || m_pos + 4 > m_text.size())
                    failAt(m_pos - 2, 2, FilterTr::tr("bad \\u escape"),
                           FilterTr::tr("four hex digits: \\u00e9"));
                out += QChar(char16_t(code));
                m_pos += 4;
                break;
            }
            case '\\':
            case '"':
            case '\'':
                out += e;
                break;
            default:
                failAt(m_pos - 2, 2, FilterTr::tr("unknown escape \\%1").arg(e),
                       FilterTr::tr("escapes: \\\" \\' \\\\ \\n \\t \\r \\0 \\uXXXX"));
            }
        }
        Token t = make(Token::Kind::String, start);
        t.utf8 = out.toStdString();
        return t;
    }

    Token numberOrTime() {
        const int start = m_pos;
        // 2026-12-02...: an ISO-8601 time.
        if (m_pos + 4 < m_text.size() && at(m_pos + 1).isDigit() && at(m_pos + 2).isDigit() &&
            at(m_pos + 3).isDigit() && at(m_pos + 4) == u'-') {
            while (m_pos < m_text.size() &&
                   (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == u'-' ||
                    m_text[m_pos] == u':' || m_text[m_pos] == u'.' || m_text[m_pos] == u'+'))
                ++m_pos;
            Token t = make(Token::Kind::Time, start);
            auto ms = parseIsoTime(t.text);
            if (!ms)
                failAt(start, t.length, FilterTr::tr("\"%1\" is not an ISO-8601 time").arg(t.text),
                       FilterTr::tr("like 2026-12-02T10:00:00Z or 2026-12-02"));
            t.number = double(*ms);
            return t;
        }
        while (m_pos < m_text.size() && m_text[m_pos].isDigit())
            ++m_pos;
        if (at(m_pos) == u'.' && at(m_pos + 1).isDigit()) {
            ++m_pos;
            while (m_pos < m_text.size() && m_text[m_pos].isDigit())
                ++m_pos;
        }
        if ((at(m_pos) == u'e' || at(m_pos) == u'E') &&
            (at(m_pos + 1).isDigit() ||
             ((at(m_pos + 1) == u'+' || at(m_pos + 1) == u'-') && at(m_pos + 2).isDigit()))) {
            m_pos += 2;
            while (m_pos < m_text.size() && m_text[m_pos].isDigit())
                ++m_pos;
        }
        const int numberEnd = m_pos;
        const double value = QStringView(m_text).mid(start, numberEnd - start).toDouble();
        if (m_pos < m_text.size() && m_text[m_pos].isLetter()) {
            while (m_pos < m_text.size() && m_text[m_pos].isLetter())
                ++m_pos;
            const QStringView unit = QStringView(m_text).mid(numberEnd, m_pos - numberEnd);
            double ms = 0;
            if (unit == u"ms")
                ms = 1;
            else if (unit == u"s")
                ms = 1000;
            else if (unit == u"m")
                ms = 60e3;
            else if (unit == u"h")
                ms = 3600e3;
            else if (unit == u"d")
                ms = 86400e3;
            else if (unit == u"w")
                ms = 604800e3;
            else
                failAt(numberEnd, m_pos - numberEnd,
                       FilterTr::tr("unknown unit \"%1\"").arg(unit.toString()),
                       FilterTr::tr("units: ms, s, m, h, d, w (now - 5m)"));
            Token t = make(Token::Kind::Duration, start);
            t.number = value * ms;
            return t;
        }
        Token t = make(Token::Kind::Number, start);
        t.number = value;
        return t;
    }

    const QString& m_text;
    int m_pos = 0;
};

FilterLiteral numberLiteral(double value, std::string text) {
    FilterLiteral l;
    l.kind = FilterLiteral::Kind::Number;
    l.number = value;
    l.text = std::move(text);
    l.isInteger = std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9.0e15;
    l.integer = l.isInteger ? qint64(value) : 0;
    return l;
}

// "42", "-1.5e3" as a whole: a number, else nothing.
std::optional<double> parseWholeNumber(std::string_view text) {
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

class Parser {
public:
    Parser(std::vector<Token> tokens, qint64 nowMs)
        : m_tokens(std::move(tokens))
        , m_nowMs(nowMs) {}

    FilterProgram run() {
        FilterProgram program;
        if (peek().kind == Token::Kind::End) {
            program.root = std::make_unique<FilterNode>();
            return program;
        }
        program.root = orExpr();
        if (peek().kind != Token::Kind::End) {
            const Token& t = peek();
            if (t.kind == Token::Kind::RParen)
                failAt(t.position, t.length, FilterTr::tr("unmatched )"));
            failAt(t.position, t.length, FilterTr::tr("unexpected \"%1\"").arg(t.text),
                   FilterTr::tr("join conditions with and / or"));
        }
        program.readsJson = m_readsJson;
        return program;
    }

private:
    using K = Token::Kind;
    const Token& peek() const { return m_tokens[m_index]; }
    const Token& take() { return m_tokens[m_index < m_tokens.size() - 1 ? m_index++ : m_index]; }
    bool isWord(const Token& t, const char* word) const {
        return t.kind == K::Ident && t.text == QLatin1String(word);
    }

    static std::unique_ptr<FilterNode> join(FilterNode::Kind kind, std::unique_ptr<FilterNode> l,
                                            std::unique_ptr<FilterNode> r) {
        auto n = std::make_unique<FilterNode>();
        n->kind = kind;
        n->left = std::move(l);
        n->right = std::move(r);
        return n;
    }

    // Bounds that keep evaluation (recursive) and the tree's destruction off the stack's end.
    static constexpr int kMaxDepth = 100;
    static constexpr int kMaxConditions = 1000;

    void joined(const Token& at) {
        if (++m_joins > kMaxConditions)
            failAt(at.position, at.length,
                   FilterTr::tr("more than %1 conditions").arg(kMaxConditions));
    }

    std::unique_ptr<FilterNode> orExpr() {
        auto left = andExpr();
        while (peek().kind == K::OrSym || isWord(peek(), "or")) {
            joined(take());
            left = join(FilterNode::Kind::Or, std::move(left), andExpr());
        }
        return left;
    }

    std::unique_ptr<FilterNode> andExpr() {
        auto left = unary();
        while (peek().kind == K::AndSym || isWord(peek(), "and")) {
            joined(take());
            left = join(FilterNode::Kind::And, std::move(left), unary());
        }
        return left;
    }

    std::unique_ptr<FilterNode> unary() {
        if (++m_depth > kMaxDepth)
            failAt(peek().position, peek().length,
                   FilterTr::tr("nested more than %1 levels deep").arg(kMaxDepth));
        std::unique_ptr<FilterNode> node;
        if (peek().kind == K::NotSym || isWord(peek(), "not")) {
            joined(take());
            node = join(FilterNode::Kind::Not, unary(), nullptr);
        } else {
            node = primary();
        }
        --m_depth;
        return node;
    }

    std::unique_ptr<FilterNode> primary() {
        const Token& t = peek();
        if (t.kind == K::LParen) {
            take();
            auto inner = orExpr();
            if (peek().kind != K::RParen)
                failAt(peek().position, peek().length,
                       peek().kind == K::End ? FilterTr::tr("missing )")
                                             : FilterTr::tr("expected )"),
                       FilterTr::tr("close the ( at position %1").arg(t.position));
            take();
            return inner;
        }
        if (t.kind == K::End)
            failAt(t.position, 1, FilterTr::tr("the expression ends too early"),
                   FilterTr::tr("a field: %1").arg(fieldsHint()));
        if (t.kind != K::Ident || isWord(t, "and") || isWord(t, "or") || isWord(t, "contains") ||
            isWord(t, "matches") || isWord(t, "in"))
            failAt(t.position, t.length, FilterTr::tr("expected a field, found \"%1\"").arg(t.text),
                   fieldsHint());
        return comparison();
    }

    void resolveField(const Token& t, FilterNode& node) {
        const QString& name = t.text;
        static const std::pair<const char*, FilterField> plain[] = {
            {"topic", FilterField::Topic},   {"partition", FilterField::Partition},
            {"offset", FilterField::Offset}, {"timestamp", FilterField::Timestamp},
            {"key", FilterField::Key},       {"value", FilterField::Value},
            {"size", FilterField::Size},
        };
        for (const auto& [word, field] : plain)
            if (name == QLatin1String(word)) {
                node.field = field;
                return;
            }
        if (name.startsWith(u"header.")) {
            node.field = FilterField::Header;
            node.headerName = name.mid(7).toUtf8();
            if (node.headerName.isEmpty())
                failAt(t.position + 7, 1, FilterTr::tr("header name missing"),
                       FilterTr::tr("header.NAME, like header.content-type"));
            return;
        }
        if (name.startsWith(u"value.") || name.startsWith(u"value[")) {
            node.field = FilterField::Json;
            node.jsonPointer = jsonPointer(t);
            m_readsJson = true;
            return;
        }
        failAt(t.position, t.length, FilterTr::tr("unknown field \"%1\"").arg(name), fieldsHint());
    }

    // value.order.items[0].sku -> /order/items/0/sku (RFC 6901, ~ and / escaped).
    static std::string jsonPointer(const Token& t) {
        const QString& text = t.text;
        std::string pointer;
        int i = 5; // after "value"
        while (i < text.size()) {
            if (text[i] == u'.') {
                int j = i + 1;
                while (j < text.size() && text[j] != u'.' && text[j] != u'[')
                    ++j;
                if (j == i + 1)
                    failAt(t.position + i, 1,
                           QCoreApplication::translate("Filter", "empty name in the JSON path"),
                           QCoreApplication::translate("Filter", "like value.order.items[0].sku"));
                pointer += '/';
                for (char c : text.mid(i + 1, j - i - 1).toStdString()) {
                    if (c == '~')
                        pointer += "~0";
                    else if (c == '/')
                        pointer += "~1";
                    else
                        pointer += c;
                }
                i = j;
            } else if (text[i] == u'[') {
                int j = i + 1;
                while (j < text.size() && text[j].isDigit())
                    ++j;
                if (j == i + 1 || j >= text.size() || text[j] != u']')
                    failAt(t.position + i, std::max(1, j - i),
                           QCoreApplication::translate("Filter", "array index expected"),
                           QCoreApplication::translate("Filter", "a number in brackets: items[0]"));
                pointer += '/';
                pointer += text.mid(i + 1, j - i - 1).toStdString();
                i = j + 1;
            } else {
                failAt(t.position + i, 1,
                       QCoreApplication::translate("Filter", "unexpected \"%1\" in the JSON path")
                           .arg(text[i]),
                       QCoreApplication::translate("Filter", "like value.order.items[0].sku"));
            }
        }
        return pointer;
    }

    FilterLiteral literal() {
        const Token& t = peek();
        switch (t.kind) {
        case K::String: {
            take();
            FilterLiteral l;
            l.kind = FilterLiteral::Kind::String;
            l.text = t.utf8;
            return l;
        }
        case K::Number:
            take();
            return numberLiteral(t.number, t.text.toStdString());
        case K::Time:
            take();
            return numberLiteral(t.number, std::to_string(qint64(t.number)));
        case K::Minus: {
            take();
            const Token& n = peek();
            if (n.kind != K::Number)
                failAt(n.position, n.length, FilterTr::tr("a number must follow -"), valueHint());
            take();
            return numberLiteral(-n.number, "-" + n.text.toStdString());
        }
        case K::Duration:
            failAt(t.position, t.length, FilterTr::tr("a duration alone is not a time"),
                   FilterTr::tr("relative times start at now: now - %1").arg(t.text));
        default:
            break;
        }
        if (isWord(t, "true") || isWord(t, "false")) {
            take();
            FilterLiteral l;
            l.kind = FilterLiteral::Kind::Bool;
            l.boolean = t.text == u"true";
            l.text = l.boolean ? "true" : "false";
            return l;
        }
        if (isWord(t, "null")) {
            take();
            return FilterLiteral{};
        }
        if (isWord(t, "now")) {
            take();
            double ms = double(m_nowMs);
            while (peek().kind == K::Minus || peek().kind == K::Plus) {
                const bool minus = take().kind == K::Minus;
                const Token& d = peek();
                if (d.kind != K::Duration)
                    failAt(d.position, d.length, FilterTr::tr("a duration must follow"),
                           FilterTr::tr("like 5m, 30s, 2h, 1d"));
                take();
                ms += minus ? -d.number : d.number;
            }
            return numberLiteral(std::floor(ms), std::to_string(qint64(ms)));
        }
        failAt(t.position, t.kind == K::End ? 1 : t.length,
               t.kind == K::End ? FilterTr::tr("a value is missing")
                                : FilterTr::tr("expected a value, found \"%1\"").arg(t.text),
               valueHint());
    }

    std::unique_ptr<FilterNode> comparison() {
        const Token fieldToken = take();
        auto node = std::make_unique<FilterNode>();
        resolveField(fieldToken, *node);
        const Token& opToken = peek();
        std::optional<FilterOp> op;
        switch (opToken.kind) {
        case K::Eq:
            op = FilterOp::Eq;
            break;
        case K::Ne:
            op = FilterOp::Ne;
            break;
        case K::Lt:
            op = FilterOp::Lt;
            break;
        case K::Le:
            op = FilterOp::Le;
            break;
        case K::Gt:
            op = FilterOp::Gt;
            break;
        case K::Ge:
            op = FilterOp::Ge;
            break;
        default:
            if (isWord(opToken, "contains"))
                op = FilterOp::Contains;
            else if (isWord(opToken, "matches"))
                op = FilterOp::Matches;
            else if (isWord(opToken, "in"))
                op = FilterOp::In;
            break;
        }
        if (!op) {
            // A bare field: true when present. Anything but an end of condition after it is a
            // typo of an operator.
            const bool endsCondition = opToken.kind == K::End || opToken.kind == K::RParen ||
                                       opToken.kind == K::AndSym || opToken.kind == K::OrSym ||
                                       isWord(opToken, "and") || isWord(opToken, "or");
            if (!endsCondition)
                failAt(opToken.position, opToken.length,
                       FilterTr::tr("expected an operator, found \"%1\"").arg(opToken.text),
                       operatorHint());
            node->kind = FilterNode::Kind::Present;
            return node;
        }
        take();
        node->kind = FilterNode::Kind::Compare;
        node->op = *op;
        const int literalPosition = peek().position;
        if (*op == FilterOp::In) {
            if (peek().kind != K::LBrace)
                failAt(peek().position, peek().length, FilterTr::tr("expected { after in"),
                       FilterTr::tr("a set: in {\"a\", \"b\", 3}"));
            take();
            for (;;) {
                node->literals.push_back(literal());
                if (peek().kind == K::Comma) {
                    take();
                    continue;
                }
                if (peek().kind == K::RBrace) {
                    take();
                    break;
                }
                failAt(peek().position, peek().length, FilterTr::tr("expected , or }"),
                       FilterTr::tr("a set: in {\"a\", \"b\", 3}"));
            }
        } else {
            node->literals.push_back(literal());
        }
        const int literalEnd = m_tokens[m_index > 0 ? m_index - 1 : 0].position +
                               m_tokens[m_index > 0 ? m_index - 1 : 0].length;
        check(*node, opToken, literalPosition, literalEnd - literalPosition);
        return node;
    }

    // Types that can never compare are told at once instead of silently matching nothing.
    void check(FilterNode& node, const Token& opToken, int litPos, int litLen) {
        const bool numeric =
            node.field == FilterField::Partition || node.field == FilterField::Offset ||
            node.field == FilterField::Timestamp || node.field == FilterField::Size;
        for (auto& l : node.literals) {
            if (l.kind == FilterLiteral::Kind::Null && node.op != FilterOp::Eq &&
                node.op != FilterOp::Ne && node.op != FilterOp::In)
                failAt(litPos, litLen, FilterTr::tr("null only compares with == and !="));
            if (!numeric)
                continue;
            if (l.kind == FilterLiteral::Kind::String) {
                std::optional<double> n = parseWholeNumber(l.text);
                if (!n && node.field == FilterField::Timestamp) {
                    if (auto ms = parseIsoTime(QString::fromStdString(l.text)))
                        n = double(*ms);
                }
                if (!n)
                    failAt(litPos, litLen, FilterTr::tr("this field is a number"),
                           node.field == FilterField::Timestamp
                               ? FilterTr::tr("a time: 2026-12-02T10:00:00Z, now - 5m, or ms")
                               : FilterTr::tr("a number, like 42"));
                l = numberLiteral(*n, l.text);
            } else if (l.kind != FilterLiteral::Kind::Number) {
                failAt(litPos, litLen, FilterTr::tr("this field is a number"),
                       FilterTr::tr("a number, like 42"));
            }
        }
        if (numeric && (node.op == FilterOp::Contains || node.op == FilterOp::Matches))
            failAt(opToken.position, opToken.length,
                   FilterTr::tr("%1 works on text, this field is a number").arg(opToken.text),
                   FilterTr::tr("use == != < <= > >= or in"));
        if (node.op == FilterOp::Matches) {
            const FilterLiteral& l = node.literals.front();
            if (l.kind != FilterLiteral::Kind::String)
                failAt(litPos, litLen, FilterTr::tr("matches takes a regular expression string"),
                       FilterTr::tr("like matches \"^order-[0-9]+$\""));
            QRegularExpression re(QString::fromStdString(l.text),
                                  QRegularExpression::DontCaptureOption);
            if (!re.isValid())
                failAt(litPos + 1 + std::max(0, int(re.patternErrorOffset())), 1,
                       FilterTr::tr("bad regular expression: %1").arg(re.errorString()));
            re.optimize();
            node.regex = std::move(re);
        }
        if (node.op == FilterOp::Contains) {
            const FilterLiteral& l = node.literals.front();
            if (l.kind == FilterLiteral::Kind::Null || l.kind == FilterLiteral::Kind::Bool)
                failAt(litPos, litLen, FilterTr::tr("contains takes text or a number"));
        }
    }

    std::vector<Token> m_tokens;
    size_t m_index = 0;
    qint64 m_nowMs;
    bool m_readsJson = false;
    int m_depth = 0;
    int m_joins = 0;
};

} // namespace

Error FilterError::toError() const {
    QString text = FilterTr::tr("position %1: %2").arg(position).arg(message);
    if (!hint.isEmpty())
        text += QStringLiteral(" (") + hint + QLatin1Char(')');
    return streamscopeError(text);
}

Expected<CompiledFilter> CompiledFilter::compile(const QString& expression, FilterError* error,
                                                 qint64 nowMs) {
    if (nowMs < 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    try {
        auto tokens = Lexer(expression).run();
        auto program = std::make_shared<FilterProgram>(Parser(std::move(tokens), nowMs).run());
        CompiledFilter filter;
        filter.m_expression = expression;
        if (program->root->kind != FilterNode::Kind::True)
            filter.m_program = std::move(program);
        return filter;
    } catch (const ParseFailure& failure) {
        if (error)
            *error = failure.error;
        return failure.error.toError();
    }
}

std::optional<FilterError> CompiledFilter::check(const QString& expression) {
    FilterError e;
    if (compile(expression, &e))
        return std::nullopt;
    return e;
}

bool CompiledFilter::matchesEverything() const {
    return !m_program;
}

bool CompiledFilter::readsJson() const {
    return m_program && m_program->readsJson;
}

} // namespace streamscope
