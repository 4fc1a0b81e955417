#pragma once

#include "JsonFieldReader.h"
#include "RouteSpec.h"

#include <QJsonObject>

namespace puw {

// The plan's route.canary: { "stages": [10, 50, 100], "holdSeconds": 60, "maxErrorRate": 0.01,
// "maxP95LatencyMs": 2000, "minRequests": 20 }. A malformed section fails the reader with the field and
// the fix; an absent one gives an empty spec. Writing gives the same section back (empty when empty).
CanarySpec readCanary(JsonFieldReader& reader, const QJsonObject& route, const QString& path);
QJsonObject canaryToJson(const CanarySpec& canary);

} // namespace puw
