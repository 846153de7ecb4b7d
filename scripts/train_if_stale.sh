#!/usr/bin/env bash
# Train the Rasa model when its inputs changed (config, domain, data, Dutch pipeline, pins);
# otherwise reuse models/heupcheck.tar.gz. Prints the train time when it trains.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

fingerprint() {
    {
        sha256sum config.yml domain.yml requirements.lock build/spacy/nl_pipeline/meta.json
        find data -type f -name '*.yml' -print0 | sort -z | xargs -0 sha256sum
    } | sha256sum | cut -d' ' -f1
}

wanted="$(fingerprint)"
if [ -f "$MODEL" ] && [ "$(cat models/.fingerprint 2>/dev/null)" = "$wanted" ]; then
    echo "model: up to date ($MODEL)"
    exit 0
fi
echo "model: training (data or config changed)"
start=$(date +%s)
"$VENV_BIN/rasa" train --fixed-model-name heupcheck --out models --quiet
echo "$wanted" > models/.fingerprint
echo "model: trained in $(( $(date +%s) - start )) s"
