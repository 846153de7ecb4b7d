"""Figures of a patient run, per set and in all: exact level, spoed sensitivity, under- and
over-triage, exact flags, slot accuracy, questions asked, repeats, alarm confirmations, loops; and
the transcript of every failure."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Dict, List

from tools.personas.play import Played


def figures(played: List[Played]) -> Dict[str, Any]:
    emergencies = [p for p in played if p.patient.emergency]
    slots = [ok for p in played for ok in p.slot_results().values()]
    return {
        "patients": len(played),
        "exact_level": sum(p.exact for p in played),
        "emergencies": len(emergencies),
        "emergencies_spoed": sum(p.level == "spoed" for p in emergencies),
        "under_triage": sum(p.under_triage for p in played),
        "over_triage": sum(p.over_triage for p in played),
        "exact_flags": sum(p.exact and sorted(p.patient.flags) == p.flags for p in played),
        "slots": len(slots),
        "slots_right": sum(slots),
        "questions": sum(len(p.asked) for p in played),
        "repeats": sum(p.repeats for p in played),
        "longest_run": max((p.longest_run for p in played), default=0),
        "alarm_checks": sum(p.alarm_checks for p in played),
        "loops": sum(p.looped for p in played),
        "errors": sum(p.error is not None for p in played),
        "unsafe_texts": sum(len(p.unsafe) for p in played),
    }


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    -  "


def failed(p: Played) -> bool:
    return (not p.exact or p.looped or p.error is not None or p.unsafe or p.longest_run > 2
            or not all(p.slot_results().values()))


def render(played: List[Played]) -> str:
    by_set: Dict[str, List[Played]] = defaultdict(list)
    for p in played:
        by_set[p.patient.source.stem].append(p)
    rows = [("set", "pat", "exact", "spoed", "under", "over", "flags=", "slots", "asked", "rep", "max×",
             "alarm?", "loops", "err")]
    for name, group in sorted(by_set.items()) + [("ALL", played)]:
        f = figures(group)
        rows.append((name, str(f["patients"]), _pct(f["exact_level"], f["patients"]),
                     f"{f['emergencies_spoed']}/{f['emergencies']}", str(f["under_triage"]), str(f["over_triage"]),
                     _pct(f["exact_flags"], f["patients"]), _pct(f["slots_right"], f["slots"]),
                     str(f["questions"]), str(f["repeats"]), str(f["longest_run"]), str(f["alarm_checks"]),
                     str(f["loops"]), str(f["errors"])))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(r, widths)))
             for r in rows]
    return "\n".join(lines)


def failures(played: List[Played]) -> str:
    out = []
    for p in played:
        if not failed(p):
            continue
        wrong = {s: (p.patient.answers[s].value, p.answers.get(s)) for s, ok in p.slot_results().items() if not ok}
        out.append(f"--- {p.patient.source.stem}/{p.patient.id}: expected {p.patient.level} {p.patient.flags}, "
                   f"got {p.level} {p.flags}" + (f"; error: {p.error}" if p.error else "")
                   + (" ; LOOP" if p.looped else "") + (f"; asked in a row: {p.longest_run}" if p.longest_run > 2 else ""))
        if wrong:
            out.append("    slots (expected, got): " + "; ".join(f"{s}: {e!r} / {g!r}" for s, (e, g) in wrong.items()))
        if p.unsafe:
            out.append(f"    unsafe: {p.unsafe[:2]}")
        out += ["    " + line[:300] for line in p.transcript]
    return "\n".join(out)
