"""Writes completed checks into table desk_check, in the tracker store's database, for the triage
desk. The table is created and changed only by the desk's migrations (desk/checks/migrations);
tests/test_desk_store.py keeps the column list below equal to the Django model.

Database: PostgreSQL when DB_HOST is set (DB_PORT, DB_NAME, DB_USER, DB_PASSWORD, as
endpoints.postgres.yml), else the SQLite file HEUPCHECK_DB.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
from functools import lru_cache
from typing import Any, Dict, Mapping, Optional

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine

log = logging.getLogger(__name__)

JSON_COLUMNS = ("flags", "answers", "unknown", "advice")
COLUMNS = ("id", "conversation_id", "started_at", "ended_at", "region", "level", "level_rank",
           "score", "spec_version") + JSON_COLUMNS
REVIEW_COLUMNS = ("reviewed_at", "reviewed_by_id", "review_note")


def database_url(env: Mapping[str, str] = os.environ) -> URL:
    if env.get("DB_HOST"):
        return URL.create("postgresql+psycopg2", username=env.get("DB_USER", "heupcheck"),
                          password=env.get("DB_PASSWORD") or None, host=env["DB_HOST"],
                          port=int(env.get("DB_PORT", "5432")), database=env.get("DB_NAME", "heupcheck"))
    path = env.get("HEUPCHECK_DB")
    if not path:
        raise RuntimeError("HEUPCHECK_DB (SQLite file) or DB_HOST (PostgreSQL) must be set")
    return URL.create("sqlite", database=path)


@lru_cache(maxsize=None)
def engine_for(url: URL) -> Engine:
    args = {"timeout": 30} if url.get_backend_name() == "sqlite" else {"connect_timeout": 10}
    return sa.create_engine(url, connect_args=args, pool_pre_ping=True, future=True)


def _table() -> sa.Table:
    columns = [sa.Column(name, sa.Text) for name in COLUMNS if name not in
               ("started_at", "ended_at", "level_rank", "score")]
    columns += [sa.Column("started_at", sa.DateTime(timezone=True)),
                sa.Column("ended_at", sa.DateTime(timezone=True)),
                sa.Column("level_rank", sa.SmallInteger), sa.Column("score", sa.Integer),
                sa.Column("reviewed_at", sa.DateTime(timezone=True)),
                sa.Column("reviewed_by_id", sa.Integer), sa.Column("review_note", sa.Text)]
    return sa.Table("desk_check", sa.MetaData(), *columns)


DESK_CHECK = _table()


def _row(record: Dict[str, Any], sqlite: bool) -> Dict[str, Any]:
    row = {name: record[name] for name in COLUMNS}
    for name in JSON_COLUMNS:
        row[name] = json.dumps(record[name], ensure_ascii=False)
    if sqlite:  # Django keeps SQLite datetimes as naive UTC
        for name in ("started_at", "ended_at"):
            row[name] = row[name].astimezone(dt.timezone.utc).replace(tzinfo=None)
    return row


def save_check(record: Dict[str, Any], url: Optional[URL] = None) -> str:
    """Insert the record, or update the record of the same check round (a correction after the
    advice). An updated record is open for review again: the desk has to look at the new result."""
    url = url or database_url()
    engine = engine_for(url)
    row = _row(record, url.get_backend_name() == "sqlite")
    with engine.begin() as connection:
        changes = {**row, "reviewed_at": None, "reviewed_by_id": None}
        updated = connection.execute(DESK_CHECK.update().where(DESK_CHECK.c.id == row["id"])
                                     .values(**{k: v for k, v in changes.items() if k != "id"}))
        if updated.rowcount == 0:
            connection.execute(DESK_CHECK.insert().values(**row, review_note=""))
    return row["id"]
