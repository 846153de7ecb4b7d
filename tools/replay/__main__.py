"""make replay: run conversation scripts against a running bot and print a pass/fail table.

    python -m tools.replay run [SCRIPT.yml | EXPORT.json | FOLDER ...] [--junit FILE]
    python -m tools.replay import EXPORT.json [-o SCRIPT.yml]

`run` talks to the bot at --url (default: $RASA_URL, else http://127.0.0.1:$RASA_PORT or 5005) with
the API token from --token, $RASA_API_TOKEN or .env, as `make run` starts it. When no bot answers
there, it starts a private one on free ports for the run (unless --no-start). Exported conversations
(.json) can be run directly or turned into a script with `import`.
Exit status: 0 all passed, 1 a script failed, 2 a script or export could not be read, or no bot."""
from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import List

from tools.replay.report import junit, table
from tools.replay.runner import run
from tools.replay.script import Script, ScriptError, dump, load_script
from tools.replay.transcripts import TranscriptError, import_transcript
from tools.servers import ROOT, running_or_private

DEFAULT_SCRIPTS = ROOT / "tests" / "replay"
DEFAULT_JUNIT = ROOT / "results" / "replay-junit.xml"


def collect(paths: List[Path]) -> List[Script]:
    files: List[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in (".yml", ".yaml", ".json"))
        elif path.exists():
            files.append(path)
        else:
            raise ScriptError(f"{path}: no such file or folder")
    scripts, errors = [], []
    for file in files:
        try:
            if file.suffix == ".json":
                script, warnings = import_transcript(file)
                for warning in warnings:
                    print(f"replay: {file.name}: {warning}", file=sys.stderr)
                scripts.append(script)
            else:
                scripts.append(load_script(file))
        except (ScriptError, TranscriptError) as error:
            errors.append(str(error))
    if errors:
        raise ScriptError("\n".join(errors))
    if not scripts:
        raise ScriptError(f"no scripts in {', '.join(map(str, paths))}")
    return scripts


def run_all(scripts: List[Script], client: RestClient, jobs: int) -> list:
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(lambda script: run(script, client), scripts))


def command_run(args: argparse.Namespace) -> int:
    try:
        scripts = collect([Path(p) for p in args.paths] or [DEFAULT_SCRIPTS])
    except ScriptError as error:
        print(f"replay: cannot run:\n{error}", file=sys.stderr)
        return 2
    with ExitStack() as stack:
        client = running_or_private(stack, args.url, args.token, "replay", args.no_start)
        if client is None:
            return 2
        print(f"replay: {len(scripts)} scripts against {client.url}", flush=True)
        outcomes = run_all(scripts, client, args.jobs)
    print(table(outcomes))
    junit(outcomes, Path(args.junit))
    print(f"replay: JUnit XML in {args.junit}")
    return 0 if all(o.passed for o in outcomes) else 1


def command_import(args: argparse.Namespace) -> int:
    try:
        script, warnings = import_transcript(Path(args.export))
    except TranscriptError as error:
        print(f"replay: {error}", file=sys.stderr)
        return 2
    for warning in warnings:
        print(f"replay: {warning}", file=sys.stderr)
    text = dump(script)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"replay: wrote {args.output} ({len(script.turns)} turns); check it, then keep it in tests/replay/")
    else:
        sys.stdout.write(text)
    return 0


def main(argv: List[str] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.replay", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="run scripts and exports against a bot")
    run_parser.add_argument("paths", nargs="*", help=f"scripts, exports or folders (default {DEFAULT_SCRIPTS})")
    run_parser.add_argument("--url", help="the bot's Rasa server")
    run_parser.add_argument("--token", help="its API token (for the tracker)")
    run_parser.add_argument("--junit", default=str(DEFAULT_JUNIT), help="where to write JUnit XML")
    run_parser.add_argument("--jobs", type=int, default=4, help="scripts in flight at once")
    run_parser.add_argument("--no-start", action="store_true", help="fail when no bot is running")
    import_parser = commands.add_parser("import", help="turn an exported conversation into a script")
    import_parser.add_argument("export", help="a Rasa tracker JSON or the desk's JSON export of a check")
    import_parser.add_argument("-o", "--output", help="the script file to write (default: print it)")
    args = parser.parse_args(argv)
    return command_run(args) if args.command == "run" else command_import(args)


if __name__ == "__main__":
    sys.exit(main())
