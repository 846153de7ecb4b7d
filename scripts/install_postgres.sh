#!/usr/bin/env bash
# PostgreSQL for the tests of the desk's PostgreSQL path: Debian's `postgresql` server package,
# installed with apt-get when its initdb is missing. The tests start their own throwaway server
# on a free loopback port (tests/postgres_server.py); nothing here starts a service.
set -euo pipefail

if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    exit 0
fi
echo "postgres: installing Debian's postgresql server for the tests"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null \
    || { echo "postgres: installing postgresql did not give an initdb" >&2; exit 1; }
