#pragma once

namespace puw::test {

// True when main() moved this process into its own mount namespace (root only): mounts made by the tests
// are then invisible to the machine and vanish with the process, even when a test fails.
bool havePrivateMounts();

} // namespace puw::test
