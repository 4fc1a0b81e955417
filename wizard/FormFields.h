#pragma once

#include <QLineEdit>
#include <QString>

namespace puw {

// A text field of the plan's forms: an example as its placeholder and a name for screen readers.
inline QLineEdit* namedLineEdit(const QString& placeholder, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace puw
