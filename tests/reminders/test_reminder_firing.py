"""The firing bookkeeping on a fake wall clock: on time, across a simulated suspend (a missed
reminder is shown once, late; never twice), after a restart, a snooze, a clock set back, and
across a DST change; and, for any rule, zone and run of wake-ups and suspends (hypothesis),
nothing shown twice or stale."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from leg_timer.reminders.firing import MAX_LATE, check, snooze, started
from leg_timer.reminders.rules import AtTimes, Reminder, Spread, next_due

BERLIN = ZoneInfo("Europe/Berlin")


class WallClock:
    """A wall clock that a test moves, forwards (time passing, a suspend) or back."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def move(self, by: timedelta) -> None:
        self.now += by


def local(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


class Runner:
    """What the scheduler does, without Qt: wake at the next due instant (or after a suspend,
    at whatever the clock says), check, keep the bookkeeping, count what was shown."""

    def __init__(self, reminder: Reminder, clock: WallClock) -> None:
        self.clock = clock
        self.reminder = started(reminder, clock())
        self.shown: list[tuple[datetime, bool]] = []

    def wake(self) -> None:
        checked = check(self.reminder, self.clock(), BERLIN)
        self.reminder = checked.reminder  # saved before anything is shown
        if checked.firing is not None:
            self.shown.append((checked.firing.due, checked.firing.late))

    def run_until(self, end: datetime) -> None:
        """Wake at every due instant up to ``end``, as the single timer would."""
        while True:
            due = next_due(self.reminder, self.clock(), BERLIN)
            if due is None or due > end:
                self.clock.now = end
                self.wake()
                return
            self.clock.now = due
            self.wake()


def test_on_time_each_instant_once() -> None:
    clock = WallClock(local(6, 1, 8))
    runner = Runner(Reminder("knee-clamp", Spread(4, time(9), time(21))), clock)
    runner.run_until(local(6, 1, 23))
    assert [(due.astimezone(BERLIN).hour, late) for due, late in runner.shown] == [
        (9, False), (13, False), (17, False), (21, False)]
    runner.wake()  # a second wake-up at the same moment finds nothing new
    assert len(runner.shown) == 4


def test_missed_in_a_suspend_is_shown_once_late_never_twice() -> None:
    clock = WallClock(local(6, 1, 8))
    runner = Runner(Reminder("knee-clamp", Spread(4, time(9), time(21))), clock)
    runner.run_until(local(6, 1, 10))
    assert len(runner.shown) == 1
    clock.move(timedelta(hours=8))  # asleep from 10:00 to 18:00: 13:00 and 17:00 missed
    runner.wake()  # the resume signal
    runner.wake()  # and the clock-jump check, a moment later: the same news
    clock.move(timedelta(seconds=30))
    runner.wake()  # and the periodic check
    assert [(due.astimezone(BERLIN).hour, late) for due, late in runner.shown[1:]] == [
        (17, True)]
    runner.run_until(local(6, 1, 23))
    assert [due.astimezone(BERLIN).hour for due, _late in runner.shown] == [9, 17, 21]


def test_a_restart_keeps_the_bookkeeping() -> None:
    clock = WallClock(local(6, 1, 8))
    first = Runner(Reminder("knee-clamp", AtTimes((time(9),))), clock)
    first.run_until(local(6, 1, 9, 30))
    assert len(first.shown) == 1
    # The app quits and starts again, the reminder read back from the file.
    second = Runner(Reminder("x", AtTimes((time(9),))), clock)
    second.reminder = first.reminder
    second.wake()
    assert second.shown == []


def test_missed_yesterday_or_too_long_ago_is_let_go() -> None:
    clock = WallClock(local(6, 1, 8))
    runner = Runner(Reminder("squat-100", AtTimes((time(21),))), clock)
    clock.now = local(6, 2, 7)  # slept through 21:00 yesterday
    checked = check(runner.reminder, clock(), BERLIN)
    assert checked.firing is None
    assert checked.let_go == local(6, 1, 21)
    early = Runner(Reminder("knee-clamp", AtTimes((time(0, 30),))), WallClock(local(6, 1, 0)))
    early.clock.now = local(6, 1, 0, 30) + MAX_LATE + timedelta(minutes=1)  # same day, 12 h+
    early.wake()
    assert early.shown == []


def test_a_snooze_comes_back_once_even_across_a_suspend() -> None:
    clock = WallClock(local(6, 1, 8))
    runner = Runner(Reminder("knee-clamp", AtTimes((time(9),))), clock)
    runner.run_until(local(6, 1, 9))
    runner.reminder = snooze(runner.reminder, clock(), timedelta(minutes=10))
    assert next_due(runner.reminder, clock(), BERLIN) == local(6, 1, 9, 10)
    clock.move(timedelta(hours=1))  # asleep over the snooze
    runner.wake()
    runner.wake()
    assert [(due, late) for due, late in runner.shown[1:]] == [(local(6, 1, 9, 10), True)]
    assert runner.reminder.snoozed_until is None


def test_a_clock_set_back_shows_nothing_twice() -> None:
    clock = WallClock(local(6, 1, 8))
    runner = Runner(Reminder("knee-clamp", AtTimes((time(9),))), clock)
    runner.run_until(local(6, 1, 9, 5))
    clock.move(timedelta(minutes=-30))  # 08:35 again
    runner.run_until(local(6, 1, 9, 30))
    assert len(runner.shown) == 1


def test_a_clock_set_back_by_days_starts_again() -> None:
    clock = WallClock(local(6, 10, 8))
    runner = Runner(Reminder("knee-clamp", AtTimes((time(9),))), clock)
    clock.now = local(6, 1, 8)  # the clock was days ahead; now put right
    runner.wake()  # the periodic wall-clock check (at most a minute later)
    runner.run_until(local(6, 1, 9, 30))
    assert [due for due, _late in runner.shown] == [local(6, 1, 9)]


def test_a_new_reminder_never_reaches_back() -> None:
    reminder = Reminder("knee-clamp", AtTimes((time(9),)))  # never checked
    checked = check(reminder, local(6, 1, 9, 30), BERLIN)
    assert checked.firing is None
    assert checked.reminder.fired_until == local(6, 1, 9, 30)


def test_across_the_spring_change_on_the_wall_clock() -> None:
    clock = WallClock(local(3, 28, 8))
    runner = Runner(Reminder("knee-clamp", AtTimes((time(9),))), clock)
    runner.run_until(local(3, 30, 10))
    assert [due.astimezone(BERLIN).strftime("%d %H:%M %Z") for due, _ in runner.shown] == [
        "28 09:00 CET", "29 09:00 CEST", "30 09:00 CEST"]
    assert all(not late for _due, late in runner.shown)


def test_a_suspend_over_the_autumn_change_shows_one() -> None:
    clock = WallClock(local(10, 25, 0))
    runner = Runner(Reminder("knee-clamp", Spread(6, time(1), time(6))), clock)
    clock.now = local(10, 25, 7)  # asleep through the repeated hour and every reminder
    runner.wake()
    assert [(due.astimezone(BERLIN).hour, late) for due, late in runner.shown] == [(6, True)]


def test_missed_while_the_app_was_not_running_is_shown_once_on_start() -> None:
    clock = WallClock(local(6, 1, 8))
    runner = Runner(Reminder("knee-clamp", AtTimes((time(9),))), clock)
    runner.wake()  # checked at 08:00, then the app quits
    clock.now = local(6, 1, 11)  # started again at 11:00
    runner.wake()
    runner.wake()
    assert runner.shown == [(local(6, 1, 9), True)]


def test_months_without_a_check_let_the_last_one_go() -> None:
    clock = WallClock(local(1, 5, 8))
    runner = Runner(Reminder("knee-clamp", AtTimes((time(9),))), clock)
    clock.now = local(6, 1, 8)
    checked = check(runner.reminder, clock(), BERLIN)
    assert checked.firing is None
    assert checked.let_go == local(5, 31, 9)


# -- any rule, any wake-ups: never twice ---------------------------------------------------

ZONES = [ZoneInfo(name) for name in ("Europe/Berlin", "America/New_York", "Asia/Kathmandu",
                                     "Australia/Lord_Howe", "UTC")]
rules = st.one_of(
    st.builds(AtTimes, st.lists(st.builds(time, st.integers(0, 23), st.integers(0, 59)),
                                min_size=1, max_size=4).map(tuple),
              st.frozensets(st.integers(0, 6), min_size=1)),
    st.builds(lambda per_day, start, span, days: Spread(
        per_day, time(start // 60, start % 60),
        time((start + span) // 60, (start + span) % 60), days),
        st.integers(1, 6), st.integers(0, 12 * 60), st.integers(60, 11 * 60),
        st.frozensets(st.integers(0, 6), min_size=1)),
)
# Each step: time passing up to the next due instant (the timer), or a jump forward (a
# suspend) of up to three days, or a repeated check at the same moment.
steps = st.lists(st.one_of(st.just("timer"), st.just("again"),
                           st.integers(1, 3 * 24 * 60).map(lambda m: timedelta(minutes=m))),
                 min_size=1, max_size=40)


@settings(max_examples=150, deadline=None)
@given(rule=rules, zone=st.sampled_from(ZONES), walk=steps,
       start_day=st.integers(0, 364), start_minute=st.integers(0, 24 * 60 - 1))
def test_never_twice_and_never_stale(rule: AtTimes | Spread, zone: ZoneInfo,
                                     walk: list[object], start_day: int,
                                     start_minute: int) -> None:
    start = (datetime(2026, 1, 1, tzinfo=zone) + timedelta(days=start_day,
                                                          minutes=start_minute))
    now = start
    reminder = started(Reminder("r", rule), now)
    shown: list[datetime] = []
    for step in walk:
        if step == "timer":
            due = next_due(reminder, now, zone)
            if due is None:
                continue
            now = due
        elif isinstance(step, timedelta):
            now = now + step
        checked = check(reminder, now, zone)
        reminder = checked.reminder
        if checked.firing is not None:
            due = checked.firing.due
            assert start < due <= now
            assert now - due <= MAX_LATE
            assert due.astimezone(zone).date() == now.astimezone(zone).date()
            shown.append(due)
    assert len(shown) == len(set(shown))  # never twice
    assert shown == sorted(shown)
