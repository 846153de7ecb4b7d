"""bot/ is the pure-Python core: it must never import rasa or rasa_sdk."""
import ast
from pathlib import Path

BOT = Path(__file__).resolve().parent.parent / "bot"


def test_bot_never_imports_rasa():
    offenders = []
    for path in BOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("rasa", "rasa_sdk")]
    assert offenders == []
