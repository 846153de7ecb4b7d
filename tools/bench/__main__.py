"""make bench: Heupcheck against a bare Rasa bot, on this machine, over loopback.

Both bots are trained cold in a temporary folder (Heupcheck from this checkout; the reference is
the `rasa init` template) and started one after the other. Each then gets the same load: the user
turns of the conversation scripts in tests/replay, with 1, 5 and 20 conversations in flight.
Printed and written to results/bench.json: p50/p95/p99 latency per message, messages per second,
errors, peak RSS per process, train and start time, and the ratios Heupcheck / bare.
--smoke: a short run for the test suite (the trained model in models/ is reused, one round of
conversations per level). It measures; it does not judge speed."""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List

from tools.bench.load import Conversation, run_load
from tools.bench.processes import peak_rss
from tools.bench.targets import (heupcheck_product, rasa_version, reference_bot, train_heupcheck,
                                 train_reference)
from tools.replay.script import load_script
from tools.servers import MODEL, ROOT

LEVELS = (1, 5, 20)
SEED = 42
TARGETS = {"p95_at_1_max_ratio": 1.5, "throughput_at_20_min_ratio": 0.7}


def conversations() -> List[Conversation]:
    """The scripts' user turns in a fixed shuffled order, so every level of load mixes
    Netherlands and Flemish conversations of all kinds."""
    scripts = [load_script(p) for p in sorted((ROOT / "tests" / "replay").glob("*.yml"))]
    random.Random(SEED).shuffle(scripts)
    return [Conversation([t.user for t in s.turns], s.region) for s in scripts]


def load_levels(target, talks: List[Conversation], per_level: Dict[int, int], empty_is_error: bool) -> List[Dict]:
    run_load(target.client.url, talks[:2], 1, 2, empty_is_error, "warmup")  # first requests load lazily
    results = []
    for level, total in per_level.items():
        result = run_load(target.client.url, talks, level, total, empty_is_error, target.name)
        print(f"bench: {target.name}: {level:>2} in flight: {result.summary()['messages']} messages, "
              f"p95 {result.percentile(95)} ms, {result.summary()['messages_per_second']} msg/s, "
              f"{result.errors} errors", flush=True)
        results.append(result.summary())
    return results


def measure(kind: str, work: Path, talks: List[Conversation], per_level: Dict[int, int],
            reuse_model: bool) -> Dict[str, Any]:
    work.mkdir(parents=True)
    if kind == "heupcheck":
        if reuse_model:
            train, model = None, MODEL
        else:
            print("bench: training Heupcheck (cold cache) ...", flush=True)
            train, model = train_heupcheck(work), work / "models" / "heupcheck.tar.gz"
        context = heupcheck_product(work / "run", model)
    else:
        print("bench: training the rasa init template (cold cache) ...", flush=True)
        train = train_reference(work)
        context = reference_bot(work)
    with context as target:
        print(f"bench: {kind} ready after {target.start_seconds:.1f} s", flush=True)
        loads = load_levels(target, talks, per_level, empty_is_error=(kind == "heupcheck"))
        memory = peak_rss(target.root_pid)
    return {"train_seconds": round(train, 1) if train is not None else None,
            "start_seconds": round(target.start_seconds, 1), **target.details,
            "peak_rss_mb": memory, "levels": loads}


def ratio(ours: Any, bare: Any) -> Any:
    return round(ours / bare, 2) if ours is not None and bare else None


def compare(ours: Dict[str, Any], bare: Dict[str, Any]) -> Dict[str, Any]:
    rows = []
    for mine, theirs in zip(ours["levels"], bare["levels"]):
        rows.append({"in_flight": mine["in_flight"],
                     **{f"{k}_ratio": ratio(mine[k], theirs[k]) for k in ("p50_ms", "p95_ms", "p99_ms")},
                     "throughput_ratio": ratio(mine["messages_per_second"], theirs["messages_per_second"])})
    by_level = {row["in_flight"]: row for row in rows}
    p95 = by_level.get(1, {}).get("p95_ms_ratio")
    throughput = by_level.get(20, {}).get("throughput_ratio")
    errors = sum(level["errors"] for level in ours["levels"])
    verdict = {"p95_at_1": {"ratio": p95, "target": f"<= {TARGETS['p95_at_1_max_ratio']}",
                            "met": p95 is not None and p95 <= TARGETS["p95_at_1_max_ratio"]},
               "throughput_at_20": {"ratio": throughput, "target": f">= {TARGETS['throughput_at_20_min_ratio']}",
                                    "met": throughput is not None and throughput >= TARGETS["throughput_at_20_min_ratio"]},
               "no_errors": {"errors": errors, "met": errors == 0}}
    return {"per_level": rows, "targets": verdict}


def fmt(value: Any, width: int = 7) -> str:
    return f"{'-' if value is None else value:>{width}}"


def report(results: Dict[str, Any]) -> str:
    ours, bare, comparison = results["heupcheck"], results["rasa_init"], results["comparison"]
    lines = [f"Heupcheck vs bare Rasa {results['rasa_version']} (rasa init), {results['machine']}",
             "", "latency per message (ms), throughput (messages/s); []: empty reply lists (the bare bot's"
             " stories do not cover these messages, so it often says nothing; for Heupcheck they count as errors)",
             f"{'in flight':>9} | {'bot':<9} {'msgs':>5} {'p50':>7} {'p95':>7} {'p99':>7} {'msg/s':>7} {'errors':>6} "
             f"{'[]':>4} | "
             f"{'p95 ×':>6} {'msg/s ×':>7}"]
    for mine, theirs, row in zip(ours["levels"], bare["levels"], comparison["per_level"]):
        for name, level, extra in (("Heupcheck", mine, f"{fmt(row['p95_ms_ratio'], 6)} {fmt(row['throughput_ratio'])}"),
                                   ("bare", theirs, "")):
            lines.append(f"{mine['in_flight'] if name == 'Heupcheck' else '':>9} | {name:<9} {level['messages']:>5} "
                         f"{fmt(level['p50_ms'])} {fmt(level['p95_ms'])} {fmt(level['p99_ms'])} "
                         f"{fmt(level['messages_per_second'])} {level['errors']:>6} {level['empty_replies']:>4} | {extra}")
    lines += ["", f"{'':<26}{'Heupcheck':>12}{'bare':>12}",
              f"{'train time (s, cold)':<26}{fmt(ours['train_seconds'], 12)}{fmt(bare['train_seconds'], 12)}",
              f"{'start until model loaded':<26}{fmt(ours['start_seconds'], 12)}{fmt(bare['start_seconds'], 12)}"]
    if "all_servers_ready_seconds" in ours:
        lines.append(f"{'all four servers ready':<26}{fmt(ours['all_servers_ready_seconds'], 12)}{'':>12}")
    for name in sorted(set(ours["peak_rss_mb"]) | set(bare["peak_rss_mb"])):
        lines.append(f"{'peak RSS ' + name + ' (MB)':<26}{fmt(ours['peak_rss_mb'].get(name), 12)}"
                     f"{fmt(bare['peak_rss_mb'].get(name), 12)}")
    lines.append("")
    for key, target in comparison["targets"].items():
        shown = target.get("ratio", target.get("errors"))
        lines.append(f"target {key}: {shown} {target.get('target', '')} -> {'met' if target['met'] else 'NOT met'}")
    return "\n".join(lines)


def main(argv: List[str] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="short run for the test suite")
    parser.add_argument("--out", help="results file (default results/bench.json, smoke: results/bench-smoke.json)")
    args = parser.parse_args(argv)
    talks = conversations()
    per_level = {level: max(3, level) if args.smoke else max(10, 2 * level) for level in LEVELS}
    out = Path(args.out or ROOT / "results" / ("bench-smoke.json" if args.smoke else "bench.json"))
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="heupcheck-bench-") as tmp:
        ours = measure("heupcheck", Path(tmp) / "heupcheck", talks, per_level, reuse_model=args.smoke)
        bare = measure("rasa_init", Path(tmp) / "rasa_init", talks, per_level, reuse_model=False)
    results = {"smoke": args.smoke, "rasa_version": rasa_version(),
               "machine": f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}",
               "load": {"conversations_per_level": per_level, "scripts": len(talks),
                        "turns_per_conversation": round(sum(len(t.turns) for t in talks) / len(talks), 1),
                        "channel": "REST webhook on 127.0.0.1, one message after the other per conversation"},
               "heupcheck": ours, "rasa_init": bare, "comparison": compare(ours, bare),
               "bench_seconds": round(time.time() - started, 1)}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(report(results))
    print(f"bench: results in {out} ({results['bench_seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
