#include "PlanWriter.h"

#include "PlanForm.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace puw {

namespace {
class PlanWriterText {
    Q_DECLARE_TR_FUNCTIONS(puw::PlanWriter)
};
} // namespace

QString PlanWriter::write(const UpgradePlan& plan, const QString& path, const QStringList& knownRecipes)
{
    const QByteArray json = plan.toJson();
    // Read it back as load() will: what cannot be loaded is not written.
    const auto readBack = UpgradePlan::fromJson(json, path, knownRecipes);
    if (!readBack.ok())
        return readBack.error().message();
    if (auto error = checkSecretEnvironment(plan.secretEnvironment, path))
        return error->message();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return PlanWriterText::tr("Cannot write the plan to %1: %2.").arg(path, file.errorString());
    if (file.write(json) != json.size() || !file.commit())
        return PlanWriterText::tr("Cannot write the plan to %1: %2. The previous file, if any, is unchanged.")
            .arg(path, file.errorString());
    return {};
}

} // namespace puw
