#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace puw {

// Names the setting a configuration line sets, for the journal, the report and the merge's own checks,
// from the line's key alone: a value never becomes part of a name. Knows the forms web applications'
// files use: INI and .properties `key=value` (with `[section]`), YAML `key: value` (nested by
// indentation, list items `- KEY=value` included), nginx-style `directive value;` inside `block {`, and
// `key value`. A name is the path to the key: `site.name`, `services.db.environment.POSTGRES_PASSWORD`,
// `server.location /api.proxy_pass`. Comments, blank lines, headers and lines of no known form have none.
struct SettingLine {
    QString name;           // empty when the line sets nothing
    qsizetype valueAt = -1; // where the value starts in readableText(lineContent(line)); -1: no value
};

class SettingScanner {
public:
    // Lines are read as UTF-8 when they are valid UTF-8; `utf8` decides for a whole file instead
    // (see ReadableText.h), so that valueAt counts the characters the file is shown with.
    SettingScanner() = default;
    explicit SettingScanner(bool utf8) : m_utf8(utf8 ? 1 : 0) {}

    // The setting on `line`, given the lines fed before it.
    SettingLine feed(const QByteArray& line);
    bool operator==(const SettingScanner&) const = default;

private:
    QString path(const QString& key) const;

    int m_utf8 = -1; // -1: per line
    QString m_section;
    QStringList m_blocks;
    QList<std::pair<qsizetype, QString>> m_parents; // YAML keys that open a mapping, with their indent
};

// One name per line of a file (empty where the line sets nothing).
QStringList settingNames(const QList<QByteArray>& lines);

// True for a comment (`#`, `;`, `!`, `//`) or a blank line: a line no program reads.
bool isCommentOrBlank(const QByteArray& line);

// The line as shown with its value replaced by "•••" (an nginx line keeps its ';'); unchanged when it has
// no value. `text` is readableText(lineContent(line)) and `valueAt` what the scanner found.
QString maskedValue(const QString& text, qsizetype valueAt);

// True when a setting of that name holds a secret (its name says password, passwd, pwd, secret, token,
// key or credential): its value is masked wherever it is shown.
bool isSecretName(const QString& name);

} // namespace puw
