"""The practice reminders while the app runs: one timer to the next due instant, a desktop
notification with "Start now" and "Later (10 min)", and the file kept up to date.

The rules and the bookkeeping are :mod:`leg_timer.reminders` (Qt-free); this only wakes at
the right moments and shows what :func:`~leg_timer.reminders.firing.check` says. Reminders
follow the **wall clock** (09:00 is a wall-clock time; a monotonic clock stops while the
machine sleeps), so a single-shot QTimer is armed for the next due instant but never for more
than :data:`WALL_CHECK_MS`: a clock set forward or back, or a suspend, is noticed within a
minute even with no signal. (The time zone is read at start: a move to another zone is
followed from the next start.) The machine waking (logind's PrepareForSleep,
through :class:`~leg_timer.desktop.sleep_watch.SleepWatch`) calls :meth:`check` at once; a
missed reminder is then shown once, late, and the bookkeeping is saved before anything is
shown, so a second check (the periodic one, a restart) never shows it again.

"Start now" (or a click on the notification) emits :attr:`ReminderScheduler.open_requested`:
the window comes to the front with the routine selected in the list, ready for Space or Enter.
It does not start the workout by itself: the get-ready countdown would run while the person is
still on their way to the computer, and a notification may be clicked by mistake.

Signals:
    open_requested(str): a reminder's "Start now": open the routine with this key.
    changed(): the reminders changed (added, edited, removed, or a snooze).
    problem(str): something to tell the person, once (a broken file set aside, a failed write).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance, Slot

from leg_timer.core.translation import translate
from leg_timer.desktop.dbus.notifications import DesktopNotifier, Notification
from leg_timer.reminders import firing
from leg_timer.reminders.rules import SNOOZE, Reminder, clock_text, next_due, rule_words
from leg_timer.reminders.store import Loaded, ReminderWriter, load
from leg_timer.reminders.zones import local_zone, utc_now

KEY_PREFIX = "reminder:"  # the notification key: "reminder:ROUTINE"
WALL_CHECK_MS = 60_000  # the longest the wall clock goes unchecked
START = "start"
LATER = "later"
ACTIONS = ((START, "Start now"), (LATER, f"Later ({int(SNOOZE.total_seconds() // 60)} min)"))


def actions() -> tuple[tuple[str, str], ...]:
    """The reminder's buttons in the chosen language (:data:`ACTIONS` is their English)."""
    return ((START, translate("Reminders", "Start now")),
            (LATER, translate("Reminders", "Later ({minutes} min)").format(
                minutes=int(SNOOZE.total_seconds() // 60))))

log = logging.getLogger(__name__)


class Notifier(Protocol):
    """What the scheduler needs of :class:`~leg_timer.desktop.dbus.notifications.
    DesktopNotifier` (whose ``activated`` signal the caller connects to :meth:`on_action`)."""

    def show(self, key: str, notification: Notification) -> None: ...

    def close(self, key: str) -> None: ...


def notification_for(reminder: Reminder, due: datetime, late: bool, zone: tzinfo) -> Notification:
    """What a reminder's notification says."""
    name = reminder.name or reminder.routine
    rule = translate("Reminders", "Your reminder: {rule}.").format(rule=rule_words(reminder.rule))
    if late:
        rule = translate("Reminders", "Due at {time}, while Leg Timer could not remind you. "
                         "{rule}").format(time=clock_text(due.astimezone(zone).time()), rule=rule)
    return Notification(translate("Reminders", "Time for {routine}").format(routine=name), rule,
                        actions=(("default", translate("Reminders", "Open")), *actions()),
                        category="x-leg-timer.reminder")


class ReminderScheduler(QObject):
    """Keeps the reminders, shows them when due (see the module's notes)."""

    open_requested = Signal(str)
    changed = Signal()
    problem = Signal(str)

    def __init__(self, loaded: Loaded, writer: ReminderWriter, notifier: Notifier | None, *,
                 now: Callable[[], datetime] = utc_now, zone: tzinfo | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reminders: dict[str, Reminder] = {each.routine: each for each in loaded.reminders}
        self._writer = writer
        self._notifier = notifier
        self._now = now
        self.zone = zone if zone is not None else local_zone()
        self.notice = loaded.problem  # said once by the window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.check)
        self.shown: list[firing.Firing] = []  # every notification shown (for tests and logs)
        self._told = ""  # the last write problem said, so it is said once

    # -- the reminders -------------------------------------------------------------------

    def reminders(self) -> tuple[Reminder, ...]:
        return tuple(self._reminders.values())

    def now(self) -> datetime:
        """The wall clock the scheduler follows (a fake one in tests)."""
        return self._now()

    def reminder_for(self, routine: str) -> Reminder | None:
        return self._reminders.get(routine)

    def set_reminder(self, reminder: Reminder) -> None:
        """Add or replace ``routine``'s reminder; it starts now (no earlier instant fires)."""
        self._reminders[reminder.routine] = firing.started(reminder, self._now())
        self._save()
        self.changed.emit()
        self.arm()

    def remove(self, routine: str) -> None:
        if self._reminders.pop(routine, None) is not None:
            if self._notifier is not None:
                self._notifier.close(KEY_PREFIX + routine)
            self._save()
            self.changed.emit()
            self.arm()

    def next_due(self) -> datetime | None:
        """The next instant any reminder comes (None: none will)."""
        now = self._now()
        found = [due for each in self._reminders.values()
                 if (due := next_due(each, now, self.zone)) is not None]
        return min(found) if found else None

    # -- the timer -----------------------------------------------------------------------

    def start(self) -> None:
        """Check now (a reminder missed while the app was not running) and arm the timer."""
        self.check()

    def stop(self) -> None:
        """No more wake-ups (at quit); what was saved stays saved."""
        self._timer.stop()

    def arm(self) -> None:
        """The timer to the next due instant, or to the next wall-clock check if sooner."""
        due = self.next_due()
        if due is None:
            self._timer.stop()
            return
        delay_ms = (due - self._now()).total_seconds() * 1000
        # +1 ms: a timer that fires a hair early finds nothing due and simply re-arms.
        self._timer.start(int(max(0.0, min(float(WALL_CHECK_MS), delay_ms + 1))))

    def armed_ms(self) -> int | None:
        """How long until the timer fires (None: not armed). For tests."""
        return self._timer.remainingTime() if self._timer.isActive() else None

    @Slot()
    def check(self) -> None:
        """Show what is due now; save the bookkeeping first; arm for the next one. Safe to
        call at any moment and as often as wanted (the wake-up signal, the periodic check)."""
        now = self._now()
        shows: list[tuple[Reminder, firing.Firing]] = []
        moved = False
        for routine, reminder in list(self._reminders.items()):
            checked = firing.check(reminder, now, self.zone)
            if checked.reminder != reminder:
                self._reminders[routine] = checked.reminder
                moved = True
            if checked.let_go is not None:
                log.info("reminder for %s at %s missed long ago: not shown", routine,
                         checked.let_go.isoformat())
            if checked.firing is not None:
                shows.append((checked.reminder, checked.firing))
        if moved:
            self._save()  # before showing: a crash now loses a reminder, never doubles one
        for reminder, fired in shows:
            self.shown.append(fired)
            log.info("reminder for %s due %s%s", reminder.routine, fired.due.isoformat(),
                     " (late)" if fired.late else "")
            if self._notifier is not None:
                self._notifier.show(KEY_PREFIX + reminder.routine,
                                    notification_for(reminder, fired.due, fired.late, self.zone))
        self.arm()

    # -- the notification's buttons ------------------------------------------------------

    @Slot(str, str)
    def on_action(self, key: str, action: str) -> None:
        """A button of a reminder's notification (``DesktopNotifier.activated``)."""
        if not key.startswith(KEY_PREFIX):
            return  # another notification (the workout's)
        routine = key.removeprefix(KEY_PREFIX)
        reminder = self._reminders.get(routine)
        if action == LATER:
            if reminder is not None:
                self._reminders[routine] = firing.snooze(reminder, self._now(), SNOOZE)
                self._save()
                self.changed.emit()
                self.arm()
            return
        if action in (START, "default"):
            if self._notifier is not None:
                self._notifier.close(key)
            self.open_requested.emit(routine)

    def _save(self) -> None:
        self._writer.save(self.reminders())
        problem = self._writer.problem  # the previous write's: this one is under way
        if problem and problem != self._told:
            self.problem.emit(translate("Reminders", "Reminders could not be saved: {problem}.")
                              .format(problem=problem))
        self._told = problem

    def sync(self, timeout_s: float = 2.0) -> bool:
        """Wait for the file to be written (at quit and in tests)."""
        return self._writer.wait(timeout_s)


class RunningReminders:
    """The scheduler with its notifier and writer, as the app runs them (ui/app.py): made
    after the first paint, closed at quit."""

    def __init__(self, reminders_file: Path | None, *, app_name: str, icon: str,
                 parent: QObject | None = None) -> None:
        loaded = load(reminders_file)
        writer = ReminderWriter(reminders_file if loaded.writable else None)
        self.notifier = DesktopNotifier(app_name=app_name, icon=icon, parent=parent)
        self.scheduler = ReminderScheduler(loaded, writer, self.notifier, parent=parent)
        self.notifier.activated.connect(self.scheduler.on_action)

    def follow_wake_ups(self, woke: SignalInstance) -> None:
        """Check at once when the machine wakes (logind's PrepareForSleep(false))."""
        woke.connect(self.scheduler.check)

    def close(self) -> None:
        self.scheduler.stop()
        self.scheduler.sync()
        self.notifier.shutdown()
