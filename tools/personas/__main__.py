"""make personas: play simulated patients against Heupcheck and report how it did.

    python -m tools.personas [FILE.yml | FOLDER ...] [--core] [--jobs N] [--out DIR]

By default over the REST channel of the running bot (`make run`; $RASA_URL, token from .env), or a
private bot on free ports when none answers; `--core` plays them against the dialogue core in this
process instead (quick, without Rasa). Prints the figures per set and writes the transcripts of
every failure and the figures to results/personas.txt and results/personas.json.
Exit status: 0 when the run completed (the figures judge it), 2 when a file could not be read."""
from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import List

from tools.personas.conversation import CoreConversation, RestConversation
from tools.personas.patients import Patient, PatientError, load_patients
from tools.personas.play import Played, play
from tools.personas.report import figures, failures, render
from tools.servers import ROOT, running_or_private

DEFAULT = ROOT / "tests" / "blind"  # the blind sets once measured at first sight, now regression sets


def collect(paths: List[Path]) -> List[Patient]:
    files = [f for p in paths for f in (sorted(p.rglob("*.yml")) if p.is_dir() else [p])]
    patients = [patient for f in files for patient in load_patients(f)]
    if not patients:
        raise PatientError(f"no patients in {', '.join(map(str, paths))}")
    return patients


def run_patients(patients: List[Patient], core: bool, jobs: int, client=None) -> List[Played]:
    def one(patient: Patient) -> Played:
        if core:
            return play(patient, CoreConversation(patient.region, patient.today))
        return play(patient, RestConversation(client, patient.region, patient.id))
    with ThreadPoolExecutor(max_workers=1 if core else max(1, jobs)) as pool:
        return list(pool.map(one, patients))


def main(argv: List[str] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.personas", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help=f"patient files or folders (default {DEFAULT})")
    parser.add_argument("--core", action="store_true", help="the dialogue core in this process, no Rasa")
    parser.add_argument("--url", help="the bot's Rasa server")
    parser.add_argument("--token", help="its API token (for the tracker)")
    parser.add_argument("--jobs", type=int, default=4, help="patients in flight at once")
    parser.add_argument("--out", default=str(ROOT / "results"), help="folder for personas.txt/.json")
    args = parser.parse_args(argv)
    try:
        patients = collect([Path(p) for p in args.paths] or [DEFAULT])
    except (PatientError, OSError) as error:
        print(f"personas: cannot run: {error}", file=sys.stderr)
        return 2
    with ExitStack() as stack:
        client = None
        if not args.core:
            client = running_or_private(stack, args.url, args.token, "personas")
            if client is None:
                return 2
        print(f"personas: {len(patients)} patients " + ("(dialogue core)" if args.core else f"against {client.url}"),
              flush=True)
        played = run_patients(patients, args.core, args.jobs, client)
    table, details = render(played), failures(played)
    print(table)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "personas.txt").write_text(table + "\n\n" + details + "\n", encoding="utf-8")
    (out / "personas.json").write_text(json.dumps(figures(played), indent=2), encoding="utf-8")
    print(f"personas: transcripts of the failures in {out / 'personas.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
