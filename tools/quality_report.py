"""make quality: how well Heupcheck understands Dutch, in one report.

Left: Rasa's NLU cross-validation of config.yml on data/nlu (stratified folds; DIET retrained per
fold with its fixed seed): per intent precision / recall / F1 over all test folds, and the mean
and spread of the folds. Rasa's cross-validation also scores entities for every entity extractor in
the pipeline; Heupcheck's pipeline has none (DIET runs with entity_recognition off), because the
answers (durations, yes/no, conditions, alarm signs, ...) are read by bot/understanding.py.
Right, therefore: the extraction report of bot/understanding.py, per slot, on the Dutch test set
and on the held-out set. Printed side by side; written to results/quality_report.txt and .json."""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any, Dict, List

from tests.extraction import report as extraction
from tools.servers import QUIET, ROOT

OUT = ROOT / "results"
SEED = 42  # the folds: Rasa shuffles them with numpy's global generator


def cross_validation(folds: int) -> Dict[str, Any]:
    os.environ.update({**QUIET, "TQDM_DISABLE": "1"})
    import numpy
    from rasa.nlu.test import cross_validate, drop_intents_below_freq
    from rasa.shared.nlu.training_data.loading import load_data
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)   # Rasa's debug lines would print the training texts
    warnings.filterwarnings("ignore")      # library deprecations and sklearn's zero-division notes
    numpy.random.seed(SEED)

    data = drop_intents_below_freq(load_data(str(ROOT / "data" / "nlu"), "nl"), cutoff=folds)
    start = time.time()
    with tempfile.TemporaryDirectory(prefix="heupcheck-cv-") as out:
        intents, entities, _ = asyncio.run(cross_validate(data, folds, str(ROOT / "config.yml"), out,
                                                          disable_plotting=True, report_as_dict=True))
        report = json.loads((Path(out) / "intent_report.json").read_text())
        entity_reports = {p.stem.replace("_report", ""): json.loads(p.read_text())
                          for p in Path(out).glob("*_report.json") if p.name != "intent_report.json"}

    def spread(metrics: Dict[str, List[float]]) -> Dict[str, Dict[str, float]]:
        return {name: {"mean": round(statistics.mean(values), 3),
                       "sd": round(statistics.pstdev(values), 3)} for name, values in metrics.items()}
    per_intent = {name: {k: round(v, 3) if isinstance(v, float) else v
                         for k, v in values.items() if k in ("precision", "recall", "f1-score", "support")}
                  for name, values in report.items() if isinstance(values, dict) and "support" in values
                  and name not in ("micro avg", "macro avg", "weighted avg")}
    return {"folds": folds, "examples": len(data.intent_examples), "seconds": round(time.time() - start, 1),
            "intents": {"per_intent": per_intent, "accuracy": round(report.get("accuracy", 0.0), 3),
                        "macro_f1": round(report["macro avg"]["f1-score"], 3),
                        "weighted_f1": round(report["weighted avg"]["f1-score"], 3),
                        "test_folds": spread(dict(intents.test)), "train_folds": spread(dict(intents.train))},
            "entities": {"extractors": sorted(entity_reports), "reports": entity_reports,
                         "test_folds": {name: spread(dict(m)) for name, m in entities.test.items()}}}


def extraction_results() -> Dict[str, Any]:
    results = {}
    for name, path in (("test_set", extraction.TEST_SET), ("held_out", extraction.HELD_OUT)):
        result = extraction.evaluate(extraction.load_set(path))
        results[name] = {
            "file": str(path.relative_to(ROOT)), "messages": result["messages"],
            "per_slot": {slot: {"precision": round(extraction.precision(c), 3), "recall": round(extraction.recall(c), 3),
                                **c} for slot, c in sorted(result["per_slot"].items())},
            "total": {"precision": round(extraction.precision(result["total"]), 3),
                      "recall": round(extraction.recall(result["total"]), 3), **result["total"]},
            "negation_accuracy": round(extraction.ratio(result["negation"]["right"], result["negation"]["total"]), 3),
            "misses": len(result["failures"])}
    return results


def left_column(cv: Dict[str, Any]) -> List[str]:
    intents = cv["intents"]
    lines = [f"NLU cross-validation, {cv['folds']} folds, {cv['examples']} examples",
             f"{'intent':<16} {'prec':>5} {'rec':>5} {'F1':>5} {'n':>4}"]
    for name, m in sorted(intents["per_intent"].items()):
        lines.append(f"{name:<16} {m['precision']:5.2f} {m['recall']:5.2f} {m['f1-score']:5.2f} {m['support']:>4}")
    lines += [f"{'accuracy':<16} {intents['accuracy']:>17.2f}",
              f"{'macro F1':<16} {intents['macro_f1']:>17.2f}",
              f"{'weighted F1':<16} {intents['weighted_f1']:>17.2f}"]
    for name, m in intents["test_folds"].items():
        lines.append(f"test folds {name[:10]:<10} {m['mean']:.3f} ± {m['sd']:.3f}")
    lines.append("")
    lines.append("Entities (cross-validation)")
    if cv["entities"]["extractors"]:
        for extractor, report in cv["entities"]["reports"].items():
            for name, m in sorted(report.items()):
                if isinstance(m, dict) and "f1-score" in m:
                    lines.append(f"{extractor[:8]} {name[:12]:<12} F1 {m['f1-score']:.2f} n {m['support']}")
    else:
        lines += ["no entity extractor in the pipeline", "(DIET entity_recognition: false);",
                  "answers are extracted by", "bot/understanding.py: see right"]
    return lines


def right_column(ex: Dict[str, Any]) -> List[str]:
    test, held = ex["test_set"], ex["held_out"]
    lines = ["Answer extraction (bot/understanding.py)",
             f"{'slot':<19} {'prec':>5} {'rec':>5} | held-out {'prec':>5} {'rec':>5}"]
    for slot, m in test["per_slot"].items():
        h = held["per_slot"].get(slot)
        held_cells = f"{h['precision']:5.2f} {h['recall']:5.2f}" if h else f"{'-':>5} {'-':>5}"
        lines.append(f"{slot:<19} {m['precision']:5.2f} {m['recall']:5.2f} |          {held_cells}")
    lines += [f"{'all slots (micro)':<19} {test['total']['precision']:5.2f} {test['total']['recall']:5.2f} |"
              f"          {held['total']['precision']:5.2f} {held['total']['recall']:5.2f}",
              f"{'negation accuracy':<19} {test['negation_accuracy']:11.2f} |          {held['negation_accuracy']:11.2f}",
              f"messages: test set {test['messages']}, held-out {held['messages']}",
              f"misses: {test['misses']} and {held['misses']} (make extraction-report lists them)"]
    return lines


def side_by_side(left: List[str], right: List[str], gap: int = 4) -> str:
    width = max(len(line) for line in left) + gap
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return "\n".join(f"{a:<{width}}{b}".rstrip() for a, b in zip(left, right))


def main(argv: List[str] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.quality_report", description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    parser.add_argument("--out", default=str(OUT / "quality_report"), help="results file, without extension")
    args = parser.parse_args(argv)
    cv = cross_validation(args.folds)
    ex = extraction_results()
    text = (f"Heupcheck quality report, {dt.date.today().isoformat()}, cross-validation {cv['seconds']} s\n\n"
            + side_by_side(left_column(cv), right_column(ex)))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".txt").write_text(text + "\n", encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps({"cross_validation": cv, "extraction": ex}, indent=2),
                                        encoding="utf-8")
    print(text)
    print(f"\nquality: written to {out.with_suffix('.txt')} and {out.with_suffix('.json')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
