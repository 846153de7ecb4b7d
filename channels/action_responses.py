"""Rasa 3.6 checks every response of the action server with `jsonschema.validate()`, which first
checks the schema itself against the JSON Schema meta-schema and then builds a new validator. The
schema is a constant, yet that self-check costs about 55 ms of CPU per action call on these
machines: more than half of a Heupcheck turn (measured with `make bench` and a profiler).

`install()` makes RemoteAction check each response against the same schema with a validator that
is built, and whose schema is checked, once. Every response is still validated in full, and an
invalid one raises the same ValidationError with Rasa's own explanation appended. The Rasa server
loads this through the REST channel (channels/guarded_rest.py)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict

from jsonschema import exceptions, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

ORIGINAL = RemoteAction._validate_action_result


@lru_cache(maxsize=1)
def _validator():
    schema = RemoteAction.action_response_format_spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
    error = exceptions.best_match(_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        f". Failed to validate Action server response from API, "
        f"make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    RemoteAction._validate_action_result = validate_action_result
