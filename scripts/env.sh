# Shared environment for the project's scripts (sourced, not run).
export TF_CPP_MIN_LOG_LEVEL=3
export RASA_TELEMETRY_ENABLED=false
export SQLALCHEMY_SILENCE_UBER_WARNING=1
export PYTHONWARNINGS="ignore::DeprecationWarning"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
VENV_BIN="$PWD/.venv/bin"
MODEL="${HEUPCHECK_MODEL:-models/heupcheck.tar.gz}"
