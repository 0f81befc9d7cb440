"""JSON and CSV exports: read back exactly, merged once, and a bad file named by line or record."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leg_timer.history import export
from leg_timer.history.records import Outcome, SessionRecord
from leg_timer.history.store import HistoryStore
from tests.history.records import record

offsets = st.integers(-14 * 60, 14 * 60).map(lambda minutes: minutes * 60)
instants = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
                        timezones=st.just(UTC))
amounts = st.floats(0, 1e6, allow_nan=False, allow_infinity=False)
names = st.text(min_size=1, max_size=30).filter(lambda t: "\x00" not in t and t.strip() == t
                                                and "\r" not in t)


@st.composite
def sessions(draw: st.DrawFn) -> SessionRecord:
    started = draw(instants)
    offset = draw(offsets)
    finished = draw(st.booleans())
    return SessionRecord(
        id=draw(st.uuids()).hex, routine=draw(names), name=draw(names), started=started,
        utc_offset_s=offset,
        date=(started + timedelta(seconds=offset)).date(), planned_s=draw(amounts),
        ended=started + timedelta(seconds=draw(st.integers(0, 10**6))) if finished else None,
        outcome=draw(st.sampled_from(Outcome)) if finished else None,
        active_s=draw(amounts), segments_done=draw(st.integers(0, 10_000)),
        segments_skipped=draw(st.integers(0, 10_000)), exercises_done=draw(st.integers(0, 99)),
        exercises_skipped=draw(st.integers(0, 99)),
        values=draw(st.dictionaries(st.text(min_size=1, max_size=10), amounts, max_size=3)),
        content_hash=draw(st.sampled_from(["", "0f" * 32])))


histories = st.lists(sessions(), max_size=12, unique_by=lambda r: r.id)


@settings(max_examples=60, deadline=None)
@given(history=histories, form=st.sampled_from(["json", "csv"]))
def test_export_then_import_gives_the_same_history_and_again_adds_nothing(
        history: list[SessionRecord], form: str) -> None:
    source = HistoryStore.in_memory()
    source.import_records(history)
    text = export.to_json(source.sessions()) if form == "json" else \
        export.to_csv(source.sessions())
    target = HistoryStore.in_memory()
    assert target.import_records(export.read(text)) == len(history)
    assert target.sessions() == source.sessions()
    assert target.import_records(export.read(text)) == 0
    assert target.sessions() == source.sessions()


def test_the_json_fields_are_the_readmes() -> None:
    (item,) = json.loads(export.to_json([record(0)]))
    assert item["started"] == "2026-01-01T07:30:00+01:00"
    assert item["ended"] == "2026-01-01T07:40:20+01:00"
    assert item["date"] == "2026-01-01" and item["outcome"] == "completed"
    assert {"id", "routine", "name", "started", "ended", "date", "outcome", "planned_s",
            "active_s", "segments_done", "segments_skipped", "values"} <= set(item)


def test_an_unfinished_session_has_no_end_in_either_form() -> None:
    unfinished = record(0, outcome=None)
    assert json.loads(export.to_json([unfinished]))[0]["ended"] is None
    assert export.read(export.to_csv([unfinished])) == [unfinished]


GOOD_CSV = export.to_csv([record(0), record(1)])


@pytest.mark.parametrize(("text", "message"), [
    ("[{\"id\": 1}", "f.json:line 1: not JSON"),
    ("{\"id\": \"x\"}", "f.json:line 1: expected a list of sessions"),
    (export.to_json([record(0)]).replace('"planned_s": 600.0', '"planned_s": -1'),
     "f.json:record 1: 'planned_s' must be a number of at least 0"),
    (export.to_json([record(0), record(1)]).replace("completed", "won", 1).replace(
        "completed", "won"), "f.json:record 1: 'outcome' must be one of"),
    (export.to_json([record(0), record(0)]), "f.json:record 2: the id"),
    ("name,date\nx,y\n", "f.json:line 1: not a history export: no column id, routine"),
    (GOOD_CSV.replace("2026-01-02,", "2026-13-02,"), "f.json:line 3: 'date' must be"),
    (GOOD_CSV + "a,b\n", "f.json:line 4: 2 fields, the header has 15"),
    (GOOD_CSV.replace("600.0", "lots", 1), "f.json:line 2: 'planned_s' must be a number"),
    (GOOD_CSV.replace("+01:00", "", 1), "f.json:line 2: 'started' has no UTC offset"),
])
def test_a_bad_file_is_named_by_line_or_record(text: str, message: str) -> None:
    with pytest.raises(export.ImportProblem) as caught:
        export.read(text, "f.json")
    assert str(caught.value).startswith(message), str(caught.value)


def test_values_round_trip_in_csv() -> None:
    assert export.read(GOOD_CSV) == [record(0), record(1)]
    assert export.read(GOOD_CSV)[0].values == {"minutes": 10.0}
    assert export.read(GOOD_CSV)[0].date == date(2026, 1, 1)
