"""A second reader for the answer to the question asked, for words the lexicon does not know.

The lexicon (bot/understanding.py) reads what it has rules for. When it reads nothing for the
slot being asked, this model, trained on real answers to that question (bot/data/answer_examples.yml,
collected from the blind sets and the project's own sets by `python -m tools.answer_examples`), guesses the
answer from letter sequences, so "jao, sokken antrekken geet nich meer" or "enkel in t weekend op de
Overpoort, door de week nie" is read although the lexicon never saw those words.

It only fills the slot asked and only when it is confident; a guess that could hide an alarm or
end the check is never taken (a "no" to a fall, a recent operation, the post-operative signs or the
hip complaint itself): there the question is asked again. The dialogue repeats every guess in its
"Genoteerd" line, so the patient can correct it at once. Its figures on sets it was not trained on
(leave one set out) are in the README.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict, List, Optional, Tuple

import yaml

from bot.content import DATA_DIR, UNKNOWN, lexicon
from bot.text import fold

THRESHOLD = 0.6   # the probability a guess needs (leave-one-set-out: higher loses right guesses, lower adds wrong ones)
SUPPORT = 0.35    # and the similarity of the nearest training answer with that value: words unlike any answer
                  # ("haha", "momentje, de bel") fall back to a class the model has no evidence for
NONE = "none"     # the label of an answer that says nothing about the slot
# the values a guess may give, per slot; everything else (a number of weeks, a named condition) is
# the lexicon's to read
ALLOWED: Dict[str, Tuple[str, ...]] = {
    "hip_complaint": ("True",),
    "acute_trauma": ("True",),
    "recent_hip_surgery": ("True",),
    "post_op_alarm": ("True",),
    "load_pain": ("True", "False", UNKNOWN),
    "rest_night_pain": ("True", "False", UNKNOWN),
    "function_loss": ("True", "False", UNKNOWN),
    "steroid_use": ("True", "False", UNKNOWN),
    "alcohol_use": ("True", "False", UNKNOWN),
    "hip_trauma_history": ("True", "False", UNKNOWN),
    "smoking": ("True", "False", UNKNOWN),
    "known_avn": ("True", "False", UNKNOWN),
    "complaint_weeks": (UNKNOWN,),
    "risk_conditions": ("[]", UNKNOWN),
    "xray_result": ("geen", "normaal", "afwijkend", UNKNOWN),
}
_VALUES = {"True": True, "False": False, "[]": []}


def label(value: Any) -> str:
    """The class of an expected value: True/False/onbekend, [] or 'list', 'number', a category, or none."""
    if value is None:
        return NONE
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, list):
        return "[]" if not value else "list"
    if isinstance(value, (int, float)):
        return "number"
    return str(value)


@dataclass(frozen=True)
class SlotModel:
    vectorizer: Any
    classifier: Any
    examples: Any        # the training answers' vectors, for the support of a guess
    labels: Any

    def predict(self, text: str) -> Tuple[str, float, float]:
        """The most likely label, its probability, and the similarity of the nearest training answer
        with that label."""
        vector = self.vectorizer.transform([prepared(text)])
        probabilities = self.classifier.predict_proba(vector)[0]
        best = int(probabilities.argmax())
        name = str(self.classifier.classes_[best])
        similarities = (self.examples[self.labels == name] @ vector.T).toarray()
        return name, float(probabilities[best]), float(similarities.max()) if similarities.size else 0.0


@lru_cache(maxsize=16384)
def prepared(text: str) -> str:
    """The text as the lexicon reads it (typos, chat and regional forms rewritten): the model then sees
    "staan" for "stoan" and "niet" for "nie", as the rules do."""
    from bot.understanding import correct_typos, normalize_chat  # the reader imports this module
    return normalize_chat(correct_typos(fold(text)))


def train(examples: List[Dict[str, Any]]) -> Dict[str, SlotModel]:
    """One model per slot from (text, asked, value) examples; deterministic."""
    import numpy
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    models = {}
    for slot in ALLOWED:
        rows = [e for e in examples if e["asked"] == slot]
        labels = [label(e.get("value")) for e in rows]
        if len(set(labels)) < 2:
            continue
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
        features = vectorizer.fit_transform([prepared(e["text"]) for e in rows])
        classifier = LogisticRegression(C=10, solver="liblinear", class_weight="balanced", random_state=0)
        models[slot] = SlotModel(vectorizer, classifier.fit(features, labels), features, numpy.array(labels))
    return models


@lru_cache(maxsize=None)
def models() -> Dict[str, SlotModel]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # ~10,000 examples: the C loader reads them in 0.5 s
    with open(DATA_DIR / "answer_examples.yml", encoding="utf-8") as handle:
        return train(yaml.load(handle, Loader=loader)["examples"])


def guess(slot: Optional[str], text: str, trained: Optional[Dict[str, SlotModel]] = None) -> Optional[Any]:
    """The answer to `slot` the model is confident of, as a slot value, or None. A "no" needs a word
    of denial in the message itself ("uiteraard", "al 40 jaar" are not a no, whatever the model says)."""
    model = (models() if trained is None else trained).get(slot or "")
    if model is None:
        return None
    name, probability, support = model.predict(text)
    if probability < THRESHOLD or support < SUPPORT or name not in ALLOWED[slot]:
        return None
    if name in ("False", "[]") and not re.search(lexicon()["answers"]["no_words"], fold(text)):
        return None
    return _VALUES.get(name, name)
