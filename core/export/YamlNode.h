#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace puw {

// A YAML document as the Ansible export writes it: maps (keys in insertion order), lists and scalars.
// Every string scalar is written double-quoted with escapes, so no value can end a line, start a
// comment, open a flow collection or be read as a number or a boolean. Ansible templates strings that
// hold "{{" or "{%": a value from a plan, a recipe or a dry run is an unsafe() scalar (tagged !unsafe),
// which Ansible passes on as it is; only the export's own expressions are safe() strings.
class YamlNode {
public:
    enum class Kind { Safe, Unsafe, Plain, Map, List };

    YamlNode() : m_kind(Kind::Map) {}
    static YamlNode safe(const QString& text);   // a string the export wrote itself (may be Jinja)
    static YamlNode unsafe(const QString& text); // a string from elsewhere: never templated
    static YamlNode boolean(bool value);
    static YamlNode number(qint64 value);
    static YamlNode map() { return YamlNode(); }
    static YamlNode list();

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_entries.isEmpty() && m_items.isEmpty(); } // a map or list
    // Map: sets a key (replaces an existing one in place); returns *this for chaining.
    YamlNode& set(const QString& key, const YamlNode& value);
    // Map: the value of a key, or nullptr.
    const YamlNode* find(const QString& key) const;
    // List: appends.
    YamlNode& append(const YamlNode& value);

    // The document's text: one node per line, two spaces per level, a final newline.
    QString toYaml() const;

private:
    explicit YamlNode(Kind kind, QString text = {}) : m_kind(kind), m_text(std::move(text)) {}
    void write(QString& out, int indent) const;

    Kind m_kind;
    QString m_text;
    QList<QPair<QString, YamlNode>> m_entries; // Map
    QList<YamlNode> m_items;                   // List
};

// A double-quoted YAML scalar for any text, escapes and all.
QString yamlQuoted(const QString& text);

} // namespace puw
