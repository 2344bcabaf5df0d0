#!/usr/bin/env bash
# Debian packages the tests and checks need (idempotent): docker-compose validates the compose file,
# chromium runs the explorer's browser tests.
set -euo pipefail
needed=()
command -v docker-compose >/dev/null 2>&1 || needed+=(docker-compose)
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
if [ ${#needed[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi
