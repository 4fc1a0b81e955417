#include "PlanError.h"

#include <QCoreApplication>

namespace puw {

QString PlanError::message() const
{
    QString text = file.isEmpty() ? QString() : file + QStringLiteral(": ");
    if (!field.isEmpty())
        //: starts a plan or recipe error; %1 the field's path (e.g. new.port), the problem follows
        text += QCoreApplication::translate("puw::PlanError", "field \"%1\": ").arg(field);
    text += problem;
    if (!fix.isEmpty())
        text += QStringLiteral(" ") + fix;
    return text;
}

} // namespace puw
