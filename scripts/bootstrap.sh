#!/usr/bin/env bash
# Set up everything Heupcheck needs on a fresh machine, and nothing twice:
#   1. a Python 3.10 virtualenv in .venv (Rasa 3.6 supports Python 3.8-3.10 only)
#   2. the complete pin set from requirements.lock
#   3. the Dutch spaCy pipeline in build/spacy/nl_pipeline (see scripts/build_dutch_pipeline.py)
# Each step is skipped when its inputs did not change since the last run.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
LOCK=requirements.lock

find_python310() {
    local candidate
    for candidate in "${HEUPCHECK_PYTHON:-}" "$(command -v python3.10 2>/dev/null || true)"; do
        if [ -n "$candidate" ] && "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
            echo "$candidate"; return 0
        fi
    done
    local root="${PYENV_ROOT:-$HOME/.pyenv}"
    if command -v pyenv >/dev/null 2>&1; then root="$(pyenv root)"; fi
    for candidate in "$root"/versions/3.10*/bin/python3.10; do
        if [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
    done
    return 1
}

if [ ! -x "$VENV/bin/python" ]; then
    if ! PY310="$(find_python310)"; then
        echo "FOUT: Heupcheck needs a Python 3.10 interpreter (Rasa 3.6 runs on 3.8-3.10 only)." >&2
        echo "      None was found on PATH (python3.10) or under pyenv (\$PYENV_ROOT/versions/3.10.*)." >&2
        echo "      Install one (e.g. 'pyenv install 3.10') or point HEUPCHECK_PYTHON at it." >&2
        exit 1
    fi
    echo "bootstrap: creating $VENV with $PY310"
    "$PY310" -m venv "$VENV"
fi

lock_sum="$(sha256sum "$LOCK" | cut -d' ' -f1)"
if [ "$(cat "$VENV/.lock.sha256" 2>/dev/null)" != "$lock_sum" ]; then
    echo "bootstrap: installing the pinned dependencies"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$(grep '^uv==' "$LOCK")"
    # uv itself is pinned in the lock, so the sync keeps it
    "$VENV/bin/python" -m uv pip sync --python "$VENV/bin/python" "$LOCK"
    echo "$lock_sum" > "$VENV/.lock.sha256"
fi

"$VENV/bin/python" scripts/build_dutch_pipeline.py

# deduce (the desk's de-identification of transcripts) builds its lookup structures on first
# use, once per venv (minutes). Build them here, so no desk request or test waits for it.
# deduce keeps the cache only while no source folder looks newer than the cache's saving time,
# both read as naive local time. Django sets TZ to its TIME_ZONE, so the cache is built in that
# zone too; built in UTC, the desk would find it stale and rebuild it on its first load.
DESK_TZ="$(sed -n 's/^TIME_ZONE = "\(.*\)"$/\1/p' desk/settings.py)"
deduce_stamp="$lock_sum tz=$DESK_TZ"
if [ "$(cat "$VENV/.deduce.sha256" 2>/dev/null)" != "$deduce_stamp" ]; then
    echo "bootstrap: building deduce's lookup structures (once per venv; takes a few minutes)"
    TZ="$DESK_TZ" "$VENV/bin/python" -c 'import deduce; deduce.Deduce(build_lookup_structs=True)'
    echo "$deduce_stamp" > "$VENV/.deduce.sha256"
fi
