#include "SettingNames.h"

#include "LineDiff.h"
#include "ReadableText.h"

#include <QRegularExpression>

#include <algorithm>

namespace puw {

namespace {

bool isKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-' || c == u'/' || c == u'@' ||
           c == u'$' || c == u'*';
}

bool isKey(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isKeyChar);
}

QString unquoted(const QString& key)
{
    if (key.size() >= 2 && (key.front() == u'"' || key.front() == u'\'') && key.back() == key.front())
        return key.mid(1, key.size() - 2);
    return key;
}

bool isComment(const QString& trimmed)
{
    return trimmed.startsWith(u'#') || trimmed.startsWith(u';') || trimmed.startsWith(u'!') ||
           trimmed.startsWith(QStringLiteral("//"));
}

struct KeyForm {
    QString key;
    bool opensMapping = false; // YAML `key:` with nothing after it: the keys below belong to it
    qsizetype valueAt = -1;    // where the value starts in the item
};

qsizetype skipSpaces(const QString& text, qsizetype from)
{
    while (from < text.size() && text.at(from).isSpace())
        ++from;
    return from;
}

// The key of a line without its indentation, or none.
KeyForm keyOf(const QString& item)
{
    const qsizetype equals = item.indexOf(u'=');
    qsizetype colon = -1;
    // A YAML or .properties colon separates only when a space or the end follows ("host: a", not "a:80").
    for (qsizetype at = item.indexOf(u':'); at >= 0 && colon < 0; at = item.indexOf(u':', at + 1)) {
        if (at + 1 == item.size() || item.at(at + 1).isSpace())
            colon = at;
    }
    const qsizetype separator = equals < 0 ? colon : (colon < 0 ? equals : std::min(equals, colon));
    if (separator > 0) {
        const QString key = unquoted(item.left(separator).trimmed());
        const qsizetype value = skipSpaces(item, separator + 1);
        if (isKey(key))
            return {key, separator == colon && value == item.size(), value < item.size() ? value : -1};
    }
    // nginx's `directive value;` (or a lone `directive;`) and the `Key value` of sshd-like files.
    qsizetype space = 0;
    while (space < item.size() && !item.at(space).isSpace())
        ++space;
    QString word = item.left(space);
    if (word.endsWith(u';'))
        word.chop(1);
    if (!isKey(word) || (space == item.size() && !item.endsWith(u';')))
        return {};
    return {word, false, space < item.size() ? skipSpaces(item, space) : -1};
}

qsizetype indentOf(const QString& text)
{
    qsizetype indent = 0;
    while (indent < text.size() && (text.at(indent) == u' ' || text.at(indent) == u'\t'))
        ++indent;
    return indent;
}

} // namespace

SettingLine SettingScanner::feed(const QByteArray& line)
{
    const QByteArray content = lineContent(line);
    const QString text = m_utf8 < 0 ? readableText(content) : readableText(content, m_utf8 == 1);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || isComment(trimmed))
        return {};
    if (trimmed.startsWith(u'[') && trimmed.endsWith(u']') && !trimmed.contains(u'=')) {
        QString section = trimmed;
        while (section.startsWith(u'[') && section.endsWith(u']')) // TOML's [[table]] too
            section = section.mid(1, section.size() - 2).trimmed();
        m_section = section;
        m_blocks.clear();
        m_parents.clear();
        return {};
    }
    const qsizetype indent = indentOf(text);
    qsizetype at = indent; // where `rest` starts in `text`
    QString rest = trimmed;
    while (rest.startsWith(u'}')) {
        if (!m_blocks.isEmpty())
            m_blocks.removeLast();
        const qsizetype next = skipSpaces(rest, 1);
        rest = rest.mid(next);
        at += next;
    }
    if (rest.isEmpty())
        return {};
    if (rest.endsWith(u'{')) {
        QString label = rest.chopped(1).trimmed();
        if (label.endsWith(u'=') || label.endsWith(u':'))
            label.chop(1);
        m_blocks.append(label.simplified());
        return {};
    }
    while (!m_parents.isEmpty() && m_parents.last().first >= indent)
        m_parents.removeLast();
    const bool listItem = rest == QStringLiteral("-") || rest.startsWith(QStringLiteral("- "));
    if (listItem) {
        const qsizetype next = skipSpaces(rest, 1);
        rest = rest.mid(next);
        at += next;
    }
    const KeyForm form = keyOf(rest);
    if (form.key.isEmpty()) { // `- "8080:80"` is part of the list it is in
        if (!listItem || rest.isEmpty())
            return {};
        return {path({}), at};
    }
    if (form.opensMapping && !listItem) {
        m_parents.append({indent, form.key});
        return {};
    }
    return {path(form.key), form.valueAt < 0 ? -1 : at + form.valueAt};
}

QString SettingScanner::path(const QString& key) const
{
    QStringList parts;
    if (!m_section.isEmpty())
        parts.append(m_section);
    parts.append(m_blocks);
    for (const auto& parent : m_parents)
        parts.append(parent.second);
    if (!key.isEmpty())
        parts.append(key);
    return parts.join(u'.');
}

QStringList settingNames(const QList<QByteArray>& lines)
{
    SettingScanner scanner;
    QStringList names;
    names.reserve(lines.size());
    for (const QByteArray& line : lines)
        names.append(scanner.feed(line).name);
    return names;
}

bool isCommentOrBlank(const QByteArray& line)
{
    const QByteArray trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith('#') || trimmed.startsWith(';') ||
           trimmed.startsWith('!') || trimmed.startsWith("//");
}

QString maskedValue(const QString& text, qsizetype valueAt)
{
    if (valueAt < 0 || valueAt >= text.size())
        return text;
    const bool semicolon = QStringView(text).trimmed().endsWith(u';');
    return text.left(valueAt) + QStringLiteral("•••") + (semicolon ? QStringLiteral(";") : QString());
}

bool isSecretName(const QString& name)
{
    static const QRegularExpression secret(QStringLiteral("pass|pwd|secret|token|key|credential"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

} // namespace puw
