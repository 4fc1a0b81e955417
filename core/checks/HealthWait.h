#pragma once

#include "HttpCheck.h"

#include <functional>

namespace puw {

struct HealthWaitOptions {
    int timeoutMs = 300000;       // from the first attempt until giving up (a recipe's startSeconds * 1000)
    int intervalMs = 2000;        // pause between two attempts
    int attemptTimeoutMs = 10000; // one attempt's limit (cut to what is left of timeoutMs)
    const std::atomic<bool>* cancel = nullptr;
};

struct HealthAttempt {
    int number = 0;       // 1, 2, ...
    qint64 elapsedMs = 0; // since the wait began
    CheckResult result;   // this attempt's check
};

struct HealthWaitResult {
    CheckResult result; // the wait as one check: "healthy after 3 attempts in 4.2 s: 200 in 3 ms"
    int attempts = 0;
    bool stoppedByCaller = false; // the attempt handler returned false (e.g. the engine saw a crash loop)
};

// Called after every attempt (in the calling thread): report it, look at the service log, count restarts.
// Return false to stop waiting now (the result then fails with the last attempt's detail).
using HealthAttemptHandler = std::function<bool(const HealthAttempt&)>;

// Repeats the HTTP check until it passes, the time is up, the caller cancels or the handler says stop.
// Synchronous, like runHttpCheck: run it in the engine's thread. Step 5 uses it with the recipe's
// startSeconds (up to 45 minutes for OpenBoxes); step 9 uses it to verify the switched route.
HealthWaitResult waitUntilHealthy(const HttpCheckRequest& check, const HealthWaitOptions& options,
                                  const HealthAttemptHandler& onAttempt = {});

} // namespace puw
