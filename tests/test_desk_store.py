"""The store of completed checks: the action server writes (actions/check_store.py, SQLAlchemy),
the desk reads, reviews, shows transcripts from Rasa's own `events` table and purges (Django).
`make test` runs this module twice: on SQLite (the default) and on a real PostgreSQL server
(HEUPCHECK_TEST_DB=postgresql). It also measures write and query time for 1,000 checks."""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import time
from pathlib import Path

import pytest

from actions.check_store import COLUMNS, REVIEW_COLUMNS, save_check
from bot.advice import compose
from bot.check_record import URGENCY, check_record, check_round
from bot.content import SLOTS, UNKNOWN

ROOT = Path(__file__).resolve().parent.parent
UTC = dt.timezone.utc


def answers(**values):
    return {**{slot: None for slot in SLOTS}, "hip_complaint": True, **values}


def payload(level: str, region: str = "NL"):
    cases = {
        "spoed": (answers(fever_hot_joint=True), ["alarm_fever_hot_joint"]),
        "huisarts_mri": (answers(steroid_use=True, rest_night_pain=True, load_pain=True,
                                 complaint_weeks=UNKNOWN), []),
        "huisarts": (answers(load_pain=True, complaint_weeks=3.0, steroid_use=False), []),
        "zelfzorg": (answers(load_pain=False, complaint_weeks=0.5, steroid_use=False), []),
        "buiten_scope": (answers(hip_complaint=False), []),
    }
    given, alarms = cases[level]
    result = compose(given, alarms, region).payload
    assert result["triage"]["level"] == level
    return result


def record(conversation: str, level: str, round_number: int = 1, ended: dt.datetime = None, **kw):
    ended = ended or dt.datetime.now(UTC)
    return check_record(conversation, round_number, (ended - dt.timedelta(minutes=4)).timestamp(),
                        payload(level, **kw), now=ended)


def test_the_writer_and_the_django_model_have_the_same_columns(desk):
    from desk.checks.models import Check
    model_columns = {field.column for field in Check._meta.concrete_fields}
    assert model_columns == set(COLUMNS) | set(REVIEW_COLUMNS)


def test_no_model_change_without_a_migration(desk):
    from django.core.management import call_command
    call_command("makemigrations", "desk", "--check", "--dry-run", verbosity=0)


def test_a_stored_check_reads_back_whole_in_the_desk(desk):
    from desk.checks.models import Check
    ended = dt.datetime(2026, 11, 20, 14, 30, 5, 120000, tzinfo=UTC)
    saved = record("web-" + "a" * 32, "huisarts_mri", ended=ended, region="BE")
    assert save_check(saved, desk["url"]) == "web-" + "a" * 32 + ":1"
    check = Check.objects.get(id=saved["id"])
    assert (check.level, check.level_rank, check.score, check.region) == \
        ("huisarts_mri", URGENCY.index("huisarts_mri"), saved["score"], "BE")
    assert check.ended_at == ended and check.started_at == ended - dt.timedelta(minutes=4)
    assert check.answers == saved["answers"] and check.answers["complaint_weeks"] == UNKNOWN
    assert "complaint_weeks" in check.unknown and check.unknown == saved["unknown"]
    assert {f["id"] for f in check.flags} == {"corticosteroids", "rest_night_pain", "load_pain"}
    assert all(f["label"] and f["source"] for f in check.flags)
    assert check.advice["texts"] == saved["advice"]["texts"] and check.spec_version == "1"
    assert check.reviewed_at is None and check.review_note == ""


def test_a_correction_updates_its_round_and_reopens_the_review(desk):
    from django.contrib.auth import get_user_model
    from django.utils import timezone
    from desk.checks.models import Check
    nurse = get_user_model().objects.create_user("triage1", password="x" * 14)
    save_check(record("conv-1", "huisarts"), desk["url"])
    Check.objects.filter(id="conv-1:1").update(reviewed_at=timezone.now(), reviewed_by=nurse,
                                               review_note="gebeld")
    save_check(record("conv-1", "spoed"), desk["url"])          # a correction after the advice
    save_check(record("conv-1", "zelfzorg", round_number=2), desk["url"])   # a new check round
    first, second = Check.objects.get(id="conv-1:1"), Check.objects.get(id="conv-1:2")
    assert first.level == "spoed" and first.reviewed_at is None and first.reviewed_by is None
    assert second.level == "zelfzorg" and Check.objects.count() == 2


def test_rounds_follow_restarts_after_the_advice():
    events = [{"event": "user", "timestamp": 1.0}, {"event": "slot", "name": "triage_level", "value": "huisarts"},
              {"event": "user", "timestamp": 2.0}, {"event": "slot", "name": "triage_level", "value": "spoed"}]
    assert check_round(events) == (1, 1.0)   # a correction keeps the round
    events += [{"event": "slot", "name": "triage_level", "value": None}, {"event": "user", "timestamp": 3.0}]
    assert check_round(events) == (2, 3.0)


def test_the_queue_is_most_urgent_first_then_score_then_time(desk):
    from desk.checks.models import Check
    from desk.checks.views import filtered_checks
    now = dt.datetime.now(UTC)
    for name, level, minutes_ago in (("zelf", "zelfzorg", 50), ("ha", "huisarts", 40),
                                     ("mri", "huisarts_mri", 30), ("spoed-new", "spoed", 1),
                                     ("spoed-old", "spoed", 20), ("buiten", "buiten_scope", 60)):
        save_check(record(name, level, ended=now - dt.timedelta(minutes=minutes_ago)), desk["url"])
    assert [c.conversation_id for c in Check.objects.all()] == \
        ["spoed-old", "spoed-new", "mri", "ha", "zelf", "buiten"]
    open_spoed = {"levels": ["spoed"], "state": "open", "date_from": None, "date_to": None}
    assert [c.conversation_id for c in filtered_checks(open_spoed)] == ["spoed-old", "spoed-new"]


def rasa_tracker_store(desk_url):
    """Rasa's own SQL tracker store on the same database, as the Rasa server uses it."""
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    domain = Domain.load(str(ROOT / "domain.yml"))
    if desk_url.get_backend_name() == "sqlite":
        return SQLTrackerStore(domain, dialect="sqlite", db=desk_url.database)
    return SQLTrackerStore(domain, dialect="postgresql", host=desk_url.host, port=desk_url.port,
                           db=desk_url.database, username=desk_url.username, password=desk_url.password)


def save_conversation(store, sender, turns, at: float):
    from rasa.shared.core.events import BotUttered, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    tracker = DialogueStateTracker(sender, store.domain.slots)
    for i, (user, bot) in enumerate(turns):
        tracker.update(UserUttered(user, {"name": "inform"}, timestamp=at + 2 * i))
        tracker.update(BotUttered(bot, timestamp=at + 2 * i + 1))
    asyncio.run(store.save(tracker))


PERSONAL = [
    ("Hallo, ik ben Jan de Vries en mijn lies doet pijn", "Jan de Vries"),
    ("bel me op 06-12345678 of mail jan.devries@example.nl", "06-12345678"),
    ("mijn bsn is 123456782", "123456782"),
    ("ik ben geboren op 12 maart 1961", "12 maart 1961"),
]


def test_the_transcript_comes_from_rasas_events_with_identifiers_masked(desk):
    from desk.transcript import transcript
    store = rasa_tracker_store(desk["url"])
    save_conversation(store, "conv-pii", [(text, f"Vraag {i}") for i, (text, _) in enumerate(PERSONAL)],
                      at=time.time() - 60)
    lines = transcript("conv-pii")
    assert [line["who"] for line in lines] == ["patiënt", "Heupcheck"] * len(PERSONAL)
    patient = " ".join(line["text"] for line in lines if line["who"] == "patiënt")
    for _, identifier in PERSONAL:
        assert identifier not in patient
    assert "jan.devries@example.nl" not in patient and "Vries" not in patient
    for tag in ("[naam]", "[telefoonnummer]", "[e-mailadres]", "[BSN]", "[datum]"):
        assert tag in patient, patient
    assert "lies doet pijn" in patient        # the complaint itself stays readable
    assert [line["text"] for line in lines if line["who"] == "Heupcheck"][:2] == ["Vraag 0", "Vraag 1"]


def test_purge_deletes_old_checks_and_their_events_and_keeps_recent_ones(desk):
    from django.core.management import call_command
    from desk.checks.models import Check
    from desk.transcript import transcript
    now = dt.datetime.now(UTC)
    store = rasa_tracker_store(desk["url"])
    old, recent = now - dt.timedelta(days=120), now - dt.timedelta(days=10)
    save_conversation(store, "old-conv", [("pijn in de lies", "Vraag")], at=old.timestamp())
    save_conversation(store, "recent-conv", [("pijn in de lies", "Vraag")], at=recent.timestamp())
    save_check(record("old-conv", "huisarts", ended=old), desk["url"])
    save_check(record("recent-conv", "spoed", ended=recent), desk["url"])
    save_check(record("no-events", "zelfzorg", ended=now - dt.timedelta(days=91)), desk["url"])
    call_command("purge_checks", "--days", "90", verbosity=0)
    assert sorted(Check.objects.values_list("id", flat=True)) == ["recent-conv:1"]
    assert transcript("old-conv") == [] and len(transcript("recent-conv")) == 2
    call_command("purge_checks", "--days", "5", verbosity=0)
    assert Check.objects.count() == 0 and transcript("recent-conv") == []


def test_store_figures_for_1000_checks(desk):
    """Measures (does not judge) write and query time per record; the figures go to
    results/desk_store_<backend>.json and the output."""
    from django.db import connection
    from desk.checks.models import Check
    from desk.checks.views import filtered_checks
    now = dt.datetime.now(UTC)
    levels = list(URGENCY)
    records = [record(f"bench-{i:04d}", levels[i % 5], ended=now - dt.timedelta(seconds=i)) for i in range(1000)]
    start = time.perf_counter()
    for item in records:
        save_check(item, desk["url"])
    write = time.perf_counter() - start

    start = time.perf_counter()
    for item in records:
        Check.objects.get(id=item["id"]).answers
    read = time.perf_counter() - start

    filters = {"levels": [], "state": "open", "date_from": None, "date_to": None}
    start = time.perf_counter()
    for _ in range(20):
        first_page = list(filtered_checks(filters)[:50])
    queue = (time.perf_counter() - start) / 20
    assert [c.level for c in first_page[:3]] == ["spoed"] * 3 and Check.objects.count() == 1000

    figures = {"backend": desk["backend"], "vendor": connection.vendor, "records": len(records),
               "write_ms_per_record": round(write * 1000 / len(records), 3),
               "read_ms_per_record": round(read * 1000 / len(records), 3),
               "queue_first_page_ms": round(queue * 1000, 2)}
    (ROOT / "results").mkdir(exist_ok=True)
    (ROOT / "results" / f"desk_store_{desk['backend']}.json").write_text(json.dumps(figures, indent=2))
    print("\ndesk store figures:", json.dumps(figures))


def test_deduces_cache_from_the_install_step_is_valid_in_the_desks_time_zone(desk):
    """deduce rebuilds its lookup structures (minutes) when a source folder looks newer than the
    cache, compared in local time; Django sets TZ, so the install step builds in the desk's zone."""
    import deduce.deduce as deduce_module
    from django.conf import settings
    from deduce.lookup_structs import load_lookup_structs_from_cache
    assert os.environ.get("TZ") == settings.TIME_ZONE
    assert load_lookup_structs_from_cache(deduce_module._LOOKUP_LIST_PATH, deduce_module.__version__) \
        is not None, "the desk would rebuild deduce's cache: run the install step (make test)"
