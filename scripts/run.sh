#!/usr/bin/env bash
# Start Heupcheck on 127.0.0.1: the action server, the Rasa server (REST channel, HTTP API
# behind token auth, SQL tracker store on SQLite by default), the patients' web chat and the
# clinic's triage desk, all on one database. Ctrl-C stops all four.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

if ! grep -qs '^RASA_API_TOKEN=' .env && [ -z "${RASA_API_TOKEN+set}" ]; then
    echo "RASA_API_TOKEN=$("$VENV_BIN/python" -c 'import secrets; print(secrets.token_urlsafe(32))')" >> .env
    chmod 600 .env
    echo "run: generated an API token in .env"
fi
if ! grep -qs '^DESK_SECRET_KEY=' .env && [ -z "${DESK_SECRET_KEY+set}" ]; then
    echo "DESK_SECRET_KEY=$("$VENV_BIN/python" -c 'import secrets; print(secrets.token_urlsafe(48))')" >> .env
    chmod 600 .env
    echo "run: generated the desk's secret key in .env"
fi
# .env fills in what the environment does not set (as manage.py reads it)
if [ -f .env ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        [[ "$line" =~ ^([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] || continue
        [ -n "${!BASH_REMATCH[1]+set}" ] || export "${BASH_REMATCH[1]}=${BASH_REMATCH[2]}"
    done < .env
fi

export RASA_PORT="${RASA_PORT:-5005}"
export ACTION_PORT="${ACTION_PORT:-5055}"
export WEBCHAT_PORT="${WEBCHAT_PORT:-8080}"
export RASA_URL="http://127.0.0.1:$RASA_PORT"
export DESK_PORT="${DESK_PORT:-8090}"
export HEUPCHECK_DB="${HEUPCHECK_DB:-$PWD/heupcheck.db}"
if [ -n "${DB_HOST:-}" ]; then DEFAULT_ENDPOINTS=endpoints.postgres.yml; else DEFAULT_ENDPOINTS=endpoints.yml; fi
ENDPOINTS="${HEUPCHECK_ENDPOINTS:-$DEFAULT_ENDPOINTS}"
LOG_DIR="${HEUPCHECK_LOG_DIR:-$PWD/build/logs}"
mkdir -p "$LOG_DIR"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

# the desk's tables (desk_check, accounts, access log) live next to the tracker's events
"$VENV_BIN/python" manage.py migrate --no-input >"$LOG_DIR/migrate.log" 2>&1 \
    || { echo "run: database migration failed; see $LOG_DIR/migrate.log" >&2; exit 1; }

"$VENV_BIN/python" -m rasa_sdk --actions actions --port "$ACTION_PORT" \
    >"$LOG_DIR/actions.log" 2>&1 &
pids+=($!)

start=$(date +%s)
"$VENV_BIN/rasa" run --model "$MODEL" --interface 127.0.0.1 --port "$RASA_PORT" \
    --enable-api --auth-token "$RASA_API_TOKEN" --cors "http://127.0.0.1:$RASA_PORT" \
    --credentials credentials.yml --endpoints "$ENDPOINTS" \
    >"$LOG_DIR/rasa.log" 2>&1 &
pids+=($!)

"$VENV_BIN/python" -m webchat.server >"$LOG_DIR/webchat.log" 2>&1 &
pids+=($!)

"$VENV_BIN/python" -m desk.serve >"$LOG_DIR/desk.log" 2>&1 &
pids+=($!)

answers() {  # answers URL TEXT: the URL answers 200 with TEXT in its body
    "$VENV_BIN/python" -c 'import sys, urllib.request
try:
    body = urllib.request.urlopen(sys.argv[1], timeout=5).read().decode()
except Exception:
    sys.exit(1)
sys.exit(0 if sys.argv[2] in body else 1)' "$1" "$2"
}

ready=""
for _ in $(seq 1 300); do
    if answers "http://127.0.0.1:$RASA_PORT/status?token=$RASA_API_TOKEN" '"model_file"' \
        && answers "http://127.0.0.1:$WEBCHAT_PORT/healthz" '"ok"' \
        && answers "http://127.0.0.1:$DESK_PORT/desk/login/" 'Inloggen'; then
        ready=yes
        break
    fi
    for pid in "${pids[@]}"; do
        kill -0 "$pid" 2>/dev/null || { echo "run: a server stopped; see $LOG_DIR" >&2; tail -20 "$LOG_DIR"/*.log >&2; exit 1; }
    done
    sleep 1
done
[ -n "$ready" ] || { echo "run: Heupcheck did not become ready in 300 s; see $LOG_DIR" >&2; exit 1; }
echo "run: Heupcheck is ready after $(( $(date +%s) - start )) s"
echo "  web chat:     http://127.0.0.1:$WEBCHAT_PORT/chat/"
echo "  triage desk:  http://127.0.0.1:$DESK_PORT/desk/   (account: .venv/bin/python manage.py createdeskuser NAME [--admin])"
echo "  chat (REST):  POST http://127.0.0.1:$RASA_PORT/webhooks/rest/webhook  {\"sender\": \"<id>\", \"message\": \"hallo\"}"
echo "  terminal:     make chat"
echo "  HTTP API:     http://127.0.0.1:$RASA_PORT/conversations/<id>/tracker?token=<RASA_API_TOKEN in .env>"
echo "  tracker store: $HEUPCHECK_DB   logs: $LOG_DIR"
wait -n "${pids[@]}"
