"""Launch requests: the one rule for ROUTINE (file or id), values, and the JSON hand-over."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leg_timer import launch
from leg_timer.core.errors import RoutineError
from leg_timer.launch import LaunchRequest, UsageError
from leg_timer.library import Library
from tests.conftest import BUILTIN_IDS

GOOD = Path(__file__).parent / "data" / "good"


@pytest.mark.parametrize("reference", ["mine.yaml", "mine.yml", "sub/thing", "./x", "/abs/r"])
def test_paths_are_files(reference: str) -> None:
    assert launch.is_routine_file(reference)


@pytest.mark.parametrize("reference", BUILTIN_IDS)
def test_ids_are_not_files(reference: str, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert not launch.is_routine_file(reference)


def test_an_existing_file_wins_over_an_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "squat-100").write_text("")
    assert launch.is_routine_file("squat-100")
    assert launch.reference_for("squat-100") == str(tmp_path / "squat-100")


def test_references_for_the_window(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert launch.reference_for("sub/b.yaml") == str(tmp_path / "sub" / "b.yaml")
    assert launch.reference_for("mini-band-circuit") == "mini-band-circuit"


def test_find_routine(library: Library) -> None:
    assert launch.find_routine("squat-100", library).id == "squat-100"
    assert launch.find_routine(str(GOOD / "short-e2e.yaml"), library).name == "Short check"
    with pytest.raises(UsageError, match="squat-100"):
        launch.find_routine("squat-10", library)  # the closest id is named
    with pytest.raises(UsageError, match="no routine file"):
        launch.find_routine("/no/such.yaml", library)


def test_find_routine_reports_a_broken_file(library: Library) -> None:
    broken = next((Path(__file__).parent / "data" / "broken").glob("*.yaml"))
    with pytest.raises(RoutineError):
        launch.find_routine(str(broken), library)


def test_values_in_each_parameters_unit(library: Library) -> None:
    wall = library.find("legs-up-the-wall")
    assert launch.parse_values(wall, ["minutes=15"]) == {"minutes": 15.0}
    assert launch.parse_values(wall, [" minutes = 7.5 "]) == {"minutes": 7.5}
    circuit = library.find("mini-band-circuit")
    assert launch.parse_values(circuit, ["rest=0"]) == {"rest": 0.0}


@pytest.mark.parametrize(("setting", "message"), [
    ("minutes", "NAME=VALUE"), ("=3", "NAME=VALUE"), ("speed=3", "has no parameter 'speed'"),
    ("minutes=lots", "minutes"),
])
def test_bad_values(library: Library, setting: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        launch.parse_values(library.find("legs-up-the-wall"), [setting])


def test_plan_for_checks_ranges(library: Library) -> None:
    plan = launch.plan_for(LaunchRequest(routine="squat-100", values={"sets": 6}), library)
    assert plan.values["sets"] == 6
    with pytest.raises(UsageError, match="within 5-6"):
        launch.plan_for(LaunchRequest(routine="squat-100", values={"sets": 9}), library)
    with pytest.raises(UsageError):
        launch.plan_for(LaunchRequest(), library)


requests = st.builds(
    LaunchRequest,
    routine=st.none() | st.text(min_size=1),
    values=st.dictionaries(st.text(), st.floats(allow_nan=False, allow_infinity=False)),
    fullscreen=st.booleans(), quit_when_done=st.booleans())


@given(requests)
def test_requests_survive_the_hand_over(request: LaunchRequest) -> None:
    assert LaunchRequest.from_json(json.loads(json.dumps(request.to_json()))) == request


@pytest.mark.parametrize("message", [
    [], "run", None, {"routine": 5}, {"routine": ""}, {"values": {"a": "1"}},
    {"values": {"a": True}}, {"values": [1]}, {"fullscreen": "yes"}, {"quit_when_done": 1},
])
def test_anything_else_is_refused(message: object) -> None:
    with pytest.raises(ValueError):
        LaunchRequest.from_json(message)


def test_missing_fields_take_their_defaults() -> None:
    assert LaunchRequest.from_json({}) == LaunchRequest()
