#pragma once

#include "JsonFieldReader.h"
#include "RouteSpec.h"

#include <QJsonObject>

namespace puw {

// The plan's route.preview (nginx routes): { "port": 8081, "file": "/etc/nginx/conf.d/puw-preview.conf" }.
// The port is where testers reach new on the proxy: 1 to 65535 and not the public URL's port. The file is
// optional (an absolute path without "." or ".." parts or control characters). A malformed section fails
// the reader with the field and the fix; an absent one gives an empty spec. Writing gives it back.
PreviewSpec readPreview(JsonFieldReader& reader, const QJsonObject& route, const QString& path,
                        const QString& publicUrl);
// A route that is not nginx has no proxy where the program could open a second way in: a preview there
// fails the reader and says why.
void refusePreviewOutsideNginx(JsonFieldReader& reader, const QJsonObject& route, const QString& path,
                               RouteKind kind);
QJsonObject previewToJson(const PreviewSpec& preview);

// Empty when path may hold the preview's block; else what is wrong with it (for the plan's error).
QString previewFileProblem(const QString& path);

} // namespace puw
