"""Writes completed checks into table desk_check, in the tracker store's database, for the triage
desk. The table is created and changed only by the desk's migrations (desk/checks/migrations);
tests/test_desk_store.py keeps the column list below equal to the Django model.

Database: PostgreSQL when DB_HOST is set (DB_PORT, DB_NAME, DB_USER, DB_PASSWORD, as
endpoints.postgres.yml), else the SQLite file HEUPCHECK_DB.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from functools import lru_cache
from typing import Any, Dict, Mapping, Optional

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine

REVIEW_COLUMNS = ("reviewed_at", "reviewed_by_id", "review_note")
JSON_COLUMNS = ("flags", "answers", "unknown", "advice")
DESK_CHECK = sa.Table(
    "desk_check", sa.MetaData(),
    sa.Column("id", sa.Text), sa.Column("conversation_id", sa.Text),
    sa.Column("started_at", sa.DateTime(timezone=True)), sa.Column("ended_at", sa.DateTime(timezone=True)),
    sa.Column("region", sa.Text), sa.Column("level", sa.Text), sa.Column("level_rank", sa.SmallInteger),
    sa.Column("score", sa.Integer), sa.Column("spec_version", sa.Text),
    *(sa.Column(name, sa.Text) for name in JSON_COLUMNS),
    sa.Column("reviewed_at", sa.DateTime(timezone=True)), sa.Column("reviewed_by_id", sa.Integer),
    sa.Column("review_note", sa.Text),
)
COLUMNS = tuple(c.name for c in DESK_CHECK.columns if c.name not in REVIEW_COLUMNS)  # what a record holds


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
        updated = connection.execute(
            DESK_CHECK.update().where(DESK_CHECK.c.id == row["id"])
            .values(**{k: v for k, v in row.items() if k != "id"}, reviewed_at=None, reviewed_by_id=None))
        if updated.rowcount == 0:
            connection.execute(DESK_CHECK.insert().values(**row, review_note=""))
    return row["id"]
