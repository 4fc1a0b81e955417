#!/bin/sh
# SSH_ASKPASS for the sandbox's tests: answers ssh's password prompt from the environment.
printf '%s\n' "$PUW_SANDBOX_SSH_PASSWORD"
