#include "YamlNode.h"

#include <QRegularExpression>

namespace puw {

YamlNode YamlNode::safe(const QString& text)
{
    return YamlNode(Kind::Safe, text);
}

YamlNode YamlNode::unsafe(const QString& text)
{
    return YamlNode(Kind::Unsafe, text);
}

YamlNode YamlNode::boolean(bool value)
{
    return YamlNode(Kind::Plain, value ? QStringLiteral("true") : QStringLiteral("false"));
}

YamlNode YamlNode::number(qint64 value)
{
    return YamlNode(Kind::Plain, QString::number(value));
}

YamlNode YamlNode::list()
{
    return YamlNode(Kind::List);
}

YamlNode& YamlNode::set(const QString& key, const YamlNode& value)
{
    for (auto& entry : m_entries) {
        if (entry.first == key) {
            entry.second = value;
            return *this;
        }
    }
    m_entries.append({key, value});
    return *this;
}

const YamlNode* YamlNode::find(const QString& key) const
{
    for (const auto& entry : m_entries)
        if (entry.first == key)
            return &entry.second;
    return nullptr;
}

YamlNode& YamlNode::append(const YamlNode& value)
{
    m_items.append(value);
    return *this;
}

QString yamlQuoted(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"')
            out += QStringLiteral("\\\"");
        else if (u == '\\')
            out += QStringLiteral("\\\\");
        else if (u == '\n')
            out += QStringLiteral("\\n");
        else if (u == '\t')
            out += QStringLiteral("\\t");
        else if (u == '\r')
            out += QStringLiteral("\\r");
        // Control characters, and what YAML takes for line breaks (NEL, LS, PS) or a byte order mark.
        else if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029 || u == 0xfeff)
            out += QStringLiteral("\\u%1").arg(unsigned(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

namespace {
QString keyText(const QString& key)
{
    // Plain when it cannot be read as anything but that string (no boolean or null of YAML 1.1).
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    static const QRegularExpression special(QStringLiteral("^(y|n|yes|no|true|false|on|off|null)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return plain.match(key).hasMatch() && !special.match(key).hasMatch() ? key : yamlQuoted(key);
}

bool isScalar(YamlNode::Kind kind)
{
    return kind == YamlNode::Kind::Safe || kind == YamlNode::Kind::Unsafe || kind == YamlNode::Kind::Plain;
}
} // namespace

void YamlNode::write(QString& out, int indent) const
{
    const QString pad(indent, QLatin1Char(' '));
    if (m_kind == Kind::Map) {
        for (const auto& [key, value] : m_entries) {
            out += pad + keyText(key) + QLatin1Char(':');
            if (isScalar(value.m_kind)) {
                out += QLatin1Char(' ');
                value.write(out, 0);
                out += QLatin1Char('\n');
            } else if (value.m_kind == Kind::Map ? value.m_entries.isEmpty() : value.m_items.isEmpty()) {
                out += value.m_kind == Kind::Map ? QStringLiteral(" {}\n") : QStringLiteral(" []\n");
            } else {
                out += QLatin1Char('\n');
                value.write(out, indent + 2);
            }
        }
        return;
    }
    if (m_kind == Kind::List) {
        for (const YamlNode& item : m_items) {
            if (isScalar(item.m_kind)) {
                out += pad + QStringLiteral("- ");
                item.write(out, 0);
                out += QLatin1Char('\n');
            } else if (item.m_kind == Kind::Map ? item.m_entries.isEmpty() : item.m_items.isEmpty()) {
                out += pad + (item.m_kind == Kind::Map ? QStringLiteral("- {}\n") : QStringLiteral("- []\n"));
            } else {
                // "- " then the item's first line on the same line, the rest indented under it.
                QString inner;
                item.write(inner, indent + 2);
                out += pad + QStringLiteral("- ") + inner.mid(indent + 2);
            }
        }
        return;
    }
    if (m_kind == Kind::Unsafe)
        out += QStringLiteral("!unsafe ");
    out += m_kind == Kind::Plain ? m_text : yamlQuoted(m_text);
}

QString YamlNode::toYaml() const
{
    QString out = QStringLiteral("---\n");
    if (isScalar(m_kind)) {
        write(out, 0);
        out += QLatin1Char('\n');
    } else {
        write(out, 0);
    }
    return out;
}

} // namespace puw
