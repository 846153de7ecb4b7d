"""The replay's results for people (a pass/fail table with the first difference of each failure)
and for CI (JUnit XML, one test case per script, the conversation in system-out)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import List

from tools.replay.runner import Outcome

WIDTH = 110


def _cell(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def table(outcomes: List[Outcome]) -> str:
    name_width = min(44, max([len(o.script.path.stem) for o in outcomes] + [6]))
    lines = [f"{'script':<{name_width}}  {'reg':<3}  {'turns':>5}  {'time':>6}  {'result':<6}  level / first difference",
             "-" * WIDTH]
    for o in outcomes:
        detail = " → ".join(o.levels) if o.passed else o.difference or ""
        lines.append(f"{_cell(o.script.path.stem, name_width):<{name_width}}  {o.script.region or '-':<3}  "
                     f"{o.turns_run:>2}/{len(o.script.turns):<2}  {o.seconds:>5.1f}s  "
                     f"{'PASS' if o.passed else 'FAIL':<6}  {detail}")
    failed = sum(not o.passed for o in outcomes)
    lines += ["-" * WIDTH,
              f"{len(outcomes)} scripts: {len(outcomes) - failed} passed, {failed} failed, "
              f"{sum(o.seconds for o in outcomes):.1f} s"]
    return "\n".join(lines)


def junit(outcomes: List[Outcome], path: Path, suite: str = "replay") -> None:
    failures = sum(not o.passed for o in outcomes)
    root = ET.Element("testsuites", name="heupcheck-replay", tests=str(len(outcomes)), failures=str(failures))
    element = ET.SubElement(root, "testsuite", name=suite, tests=str(len(outcomes)), failures=str(failures),
                            errors="0", skipped="0", time=f"{sum(o.seconds for o in outcomes):.3f}")
    for o in outcomes:
        case = ET.SubElement(element, "testcase", classname=f"{suite}.{o.script.path.parent.name}",
                             name=o.script.path.stem, time=f"{o.seconds:.3f}")
        if not o.passed:
            failure = ET.SubElement(case, "failure", message=o.difference or "", type="ReplayDifference")
            failure.text = f"{o.script.name}\n{o.difference}\nconversation id: {o.sender}"
        ET.SubElement(case, "system-out").text = "\n".join(o.transcript)
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
