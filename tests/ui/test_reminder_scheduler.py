"""The reminder scheduler on a fake wall clock: the timer armed for the next due instant (never
more than a minute), a reminder missed in a simulated suspend shown once, late, whatever
checks follow (the wake-up signal, the periodic check, a restart), "Later" and "Start now";
and the same against the strict notification server on a private bus."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from leg_timer.desktop.dbus.notifications import DesktopNotifier, Notification
from leg_timer.desktop.sleep_watch import LOGIN1_MANAGER, LOGIN1_PATH, LOGIN1_SERVICE, SleepWatch
from leg_timer.reminders import store
from leg_timer.reminders.rules import AtTimes, Reminder, Spread
from leg_timer.ui.outside.reminders import WALL_CHECK_MS, ReminderScheduler
from tests.desktop.test_notifications import ServerLog, control, server, settled
from tests.desktop.test_sleep_watch import connect, emit, owner_of

__all__ = ["connect", "server"]  # fixtures, used by name below

BERLIN = ZoneInfo("Europe/Berlin")


class WallClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


class RecordingNotifier:
    def __init__(self) -> None:
        self.shown: list[tuple[str, Notification]] = []
        self.closed: list[str] = []

    def show(self, key: str, notification: Notification) -> None:
        self.shown.append((key, notification))

    def close(self, key: str) -> None:
        self.closed.append(key)


def local(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, second, tzinfo=BERLIN)


@pytest.fixture
def made(no_running_timers: None, qtbot: QtBot, tmp_path: Path) -> Iterator[
        tuple[WallClock, RecordingNotifier, list[ReminderScheduler]]]:
    clock = WallClock(local(1, 8))
    notifier = RecordingNotifier()
    schedulers: list[ReminderScheduler] = []
    yield clock, notifier, schedulers
    for scheduler in schedulers:
        scheduler.stop()


def make(made: tuple[WallClock, RecordingNotifier, list[ReminderScheduler]],
         path: Path) -> ReminderScheduler:
    clock, notifier, schedulers = made
    scheduler = ReminderScheduler(store.load(path), store.ReminderWriter(path), notifier,
                                  now=clock, zone=BERLIN)
    schedulers.append(scheduler)
    return scheduler


def test_armed_for_the_next_instant_but_never_beyond_a_minute(
        made: Any, tmp_path: Path) -> None:
    clock, _notifier, _ = made
    scheduler = make(made, tmp_path / "reminders.json")
    assert scheduler.armed_ms() is None  # nothing to remind: no timer at all
    clock.now = local(1, 7, 59, 30)
    scheduler.set_reminder(Reminder("knee-clamp", AtTimes((time(8),)), name="Knee"))
    armed = scheduler.armed_ms()
    # A coarse timer: Qt may move it by up to 5 %.
    assert armed is not None and 28_000 <= armed <= 31_600
    clock.now = local(1, 8, 1)
    scheduler.check()
    armed = scheduler.armed_ms()
    assert armed is not None and WALL_CHECK_MS * 0.94 <= armed <= WALL_CHECK_MS * 1.06


def test_a_suspend_shows_the_missed_one_once_late_never_twice(
        made: Any, tmp_path: Path) -> None:
    clock, notifier, _ = made
    path = tmp_path / "reminders.json"
    scheduler = make(made, path)
    scheduler.set_reminder(Reminder("knee-clamp", Spread(4, time(9), time(21)),
                                    name="Knee clamp"))
    clock.now = local(1, 9)
    scheduler.check()  # the timer's wake-up, on time
    assert [key for key, _ in notifier.shown] == ["reminder:knee-clamp"]
    assert notifier.shown[0][1].summary == "Time for Knee clamp"
    assert not notifier.shown[0][1].body.startswith("Due at")
    # Suspended at 09:05, woken at 18:00: 13:00 and 17:00 were missed.
    clock.now = local(1, 18)
    scheduler.check()  # logind's "woke"
    scheduler.check()  # the driver's clock-jump check, the same moment
    clock.now += timedelta(seconds=40)
    scheduler.check()  # the periodic wall-clock check
    assert len(notifier.shown) == 2
    late = notifier.shown[1][1]
    assert late.body.startswith("Due at 17:00, while Leg Timer could not remind you.")
    assert [(shown.due, shown.late) for shown in scheduler.shown] == [
        (local(1, 9), False), (local(1, 17), True)]
    assert [label for _key, label in late.actions] == ["Open", "Start now", "Later (10 min)"]
    # Quit and start again: the file remembers what was shown.
    assert scheduler.sync()
    again = make(made, path)
    again.start()
    assert len(notifier.shown) == 2
    clock.now = local(1, 21)
    again.check()
    assert len(notifier.shown) == 3


def test_later_comes_back_in_ten_minutes_and_start_opens_the_routine(
        made: Any, tmp_path: Path, qtbot: QtBot) -> None:
    clock, notifier, _ = made
    scheduler = make(made, tmp_path / "reminders.json")
    scheduler.set_reminder(Reminder("squat-100", AtTimes((time(9),)), name="100 squats"))
    clock.now = local(1, 9)
    scheduler.check()
    clock.now = local(1, 9, 1)
    scheduler.on_action("reminder:squat-100", "later")
    assert scheduler.next_due() == local(1, 9, 11)
    clock.now = local(1, 9, 11)
    scheduler.check()
    assert len(notifier.shown) == 2
    with qtbot.waitSignal(scheduler.open_requested) as opened:
        scheduler.on_action("reminder:squat-100", "start")
    assert opened.args == ["squat-100"]
    assert notifier.closed == ["reminder:squat-100"]
    with qtbot.assertNotEmitted(scheduler.open_requested):
        scheduler.on_action("workout", "start")  # not a reminder's


def test_a_broken_file_is_told_once_and_kept(made: Any, tmp_path: Path) -> None:
    path = tmp_path / "reminders.json"
    path.write_text("nonsense")
    scheduler = make(made, path)
    assert "was moved to" in scheduler.notice
    assert scheduler.reminders() == ()


def test_through_the_strict_notification_server(
        made: Any, tmp_path: Path, server: tuple[ServerLog, Any], bus: QDBusConnection,
        qtbot: QtBot) -> None:
    clock, _recording, schedulers = made
    log, _process = server
    notifier = DesktopNotifier(bus, app_name="Leg Timer")
    try:
        path = tmp_path / "reminders.json"
        scheduler = ReminderScheduler(store.load(path), store.ReminderWriter(path), notifier,
                                      now=clock, zone=BERLIN)
        schedulers.append(scheduler)
        notifier.activated.connect(scheduler.on_action)
        scheduler.set_reminder(Reminder("knee-clamp", AtTimes((time(9),)), name="Knee clamp"))
        clock.now = local(1, 12)  # slept from 08:00 to 12:00
        scheduler.check()
        qtbot.waitUntil(settled(notifier))
        calls = log.notifies()
        assert [call["summary"] for call in calls] == ["Time for Knee clamp"]
        assert calls[0]["actions"] == ["default", "Open", "start", "Start now",
                                       "later", "Later (10 min)"]
        with qtbot.waitSignal(scheduler.changed, timeout=5000):
            control(bus, "Click", calls[0]["id"], "later")
        assert scheduler.next_due() == local(1, 12, 10)
        with qtbot.waitSignal(scheduler.open_requested, timeout=5000) as opened:
            control(bus, "Click", calls[0]["id"], "start")
        assert opened.args == ["knee-clamp"]
    finally:
        notifier.shutdown()


def test_logind_waking_the_machine_shows_the_missed_one_once(
        made: Any, tmp_path: Path, qtbot: QtBot, system_bus: QDBusConnection,
        system_bus_address: str, connect: Any) -> None:
    clock, notifier, _ = made
    scheduler = make(made, tmp_path / "reminders.json")
    logind = owner_of(connect(system_bus_address), LOGIN1_SERVICE)
    watch = SleepWatch(system_bus=system_bus)
    watch.woke.connect(scheduler.check)  # as RunningReminders.follow_wake_ups does
    scheduler.set_reminder(Reminder("knee-clamp", Spread(4, time(9), time(21)),
                                    name="Seated knee clamp"))
    with qtbot.waitSignal(watch.about_to_sleep, timeout=5000):
        emit(logind, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
    clock.now = local(1, 14)  # asleep from 08:00 to 14:00: 09:00 and 13:00 missed
    for _ in range(2):  # logind may say it twice (a second listener, a hibernate retry)
        with qtbot.waitSignal(watch.woke, timeout=5000):
            emit(logind, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", False)
    assert [(shown.due, shown.late) for shown in scheduler.shown] == [(local(1, 13), True)]
    assert len(notifier.shown) == 1
