"""Heupcheck domain core: triage rules, red flags, advice texts, Dutch understanding, safety guard
and summaries. Pure Python; it never imports rasa or rasa_sdk (tests/test_architecture.py)."""
