"""A running workout pauses before the machine sleeps (logind's PrepareForSleep on a private
system bus) and, when the screen locks, if the person chose so; it resumes when they are back
only if they chose "resume when I come back" and it was running before. Fake clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import count

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from leg_timer.core.session import State
from leg_timer.desktop.sleep_watch import (
    LOGIN1_MANAGER,
    LOGIN1_PATH,
    LOGIN1_SERVICE,
    SleepWatch,
)
from leg_timer.ui.main_window import LOCKED_NOTICE, SLEPT_NOTICE, MainWindow
from leg_timer.ui.pages.settings_dialog import SettingsDialog
from leg_timer.ui.settings import AFTER_SLEEP, PAUSE_ON_LOCK
from tests.conftest import FakeClock
from tests.private_bus import close_connection, open_connection

pytestmark = pytest.mark.usefixtures("no_running_timers")

GNOME_LOCKER = ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")
_names = count()


class Desktop:
    """logind on the private system bus and GNOME's screen locker on the session bus."""

    def __init__(self, qtbot: QtBot, logind: QDBusConnection, locker: QDBusConnection,
                 watch: SleepWatch) -> None:
        self.qtbot = qtbot
        self.logind = logind
        self.locker = locker
        self.watch = watch

    def _send(self, connection: QDBusConnection, path: str, interface: str, member: str,
              value: bool, heard: object) -> None:
        message = QDBusMessage.createSignal(path, interface, member)
        message.setArguments([value])
        with self.qtbot.waitSignal(heard, timeout=5000):
            assert connection.send(message)

    def sleep(self) -> None:
        self._send(self.logind, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True,
                   self.watch.about_to_sleep)

    def wake(self) -> None:
        self._send(self.logind, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", False,
                   self.watch.woke)

    def lock(self, locked: bool) -> None:
        service, path = GNOME_LOCKER
        self._send(self.locker, path, service, "ActiveChanged", locked,
                   self.watch.locked if locked else self.watch.unlocked)


@pytest.fixture
def desktop(qtbot: QtBot, system_bus: QDBusConnection, system_bus_address: str,
            bus: QDBusConnection, bus_address: str) -> Iterator[Desktop]:
    names: list[str] = []

    def own(address: str, service: str) -> QDBusConnection:
        names.append(f"sleep-lock-test-{next(_names)}")
        connection = open_connection(address, names[-1])
        assert connection.registerService(service), connection.lastError().message()
        return connection

    logind = own(system_bus_address, LOGIN1_SERVICE)
    locker = own(bus_address, GNOME_LOCKER[0])
    yield Desktop(qtbot, logind, locker, SleepWatch(system_bus=system_bus, session_bus=bus))
    for name in names:
        close_connection(name)


Factory = Callable[..., MainWindow]


def started(make_window: Factory, qtbot: QtBot, clock: FakeClock, desktop: Desktop, *,
            after_sleep: str = "stay_paused", pause_on_lock: bool = False) -> MainWindow:
    window = make_window()
    window.settings.set(AFTER_SLEEP, after_sleep)
    window.settings.set(PAUSE_ON_LOCK, pause_on_lock)
    window.set_sleep_watch(desktop.watch)
    window.picker.select("squat-100")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    clock.advance(4)
    assert window.driver is not None
    window.driver.poke()
    assert window.session is not None and window.session.state is State.RUNNING
    return window


def state(window: MainWindow) -> State:
    assert window.session is not None
    return window.session.state


def test_paused_before_sleep_and_stays_paused_by_default(
        make_window: Factory, qtbot: QtBot, clock: FakeClock, desktop: Desktop) -> None:
    window = started(make_window, qtbot, clock, desktop)
    assert window.session is not None
    left_s = window.session.remaining_total_s()
    desktop.sleep()
    assert state(window) is State.PAUSED
    assert window.countdown.notice_label.text() == SLEPT_NOTICE
    clock.advance(0.2)  # the monotonic clock stands still while asleep: only the wake-up
    desktop.wake()
    assert state(window) is State.PAUSED
    assert window.session.remaining_total_s() == pytest.approx(left_s)  # nothing lost


def test_resumes_when_back_if_chosen(make_window: Factory, qtbot: QtBot, clock: FakeClock,
                                     desktop: Desktop) -> None:
    window = started(make_window, qtbot, clock, desktop, after_sleep="resume")
    desktop.sleep()
    assert state(window) is State.PAUSED
    desktop.wake()
    assert state(window) is State.RUNNING
    assert not window.countdown.notice_label.isVisibleTo(window)


def test_a_workout_the_person_paused_never_resumes_by_itself(
        make_window: Factory, qtbot: QtBot, clock: FakeClock, desktop: Desktop) -> None:
    window = started(make_window, qtbot, clock, desktop, after_sleep="resume")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert state(window) is State.PAUSED
    desktop.sleep()
    desktop.wake()
    assert state(window) is State.PAUSED


def test_a_lock_pauses_only_if_chosen(make_window: Factory, qtbot: QtBot, clock: FakeClock,
                                      desktop: Desktop) -> None:
    window = started(make_window, qtbot, clock, desktop, after_sleep="resume")
    desktop.lock(True)
    assert state(window) is State.RUNNING  # the default: cues go on behind the lock
    desktop.lock(False)
    window.settings.set(PAUSE_ON_LOCK, True)
    desktop.lock(True)
    assert state(window) is State.PAUSED
    assert window.countdown.notice_label.text() == LOCKED_NOTICE
    desktop.lock(False)
    assert state(window) is State.RUNNING


def test_woken_behind_a_locked_screen_resumes_at_the_unlock(
        make_window: Factory, qtbot: QtBot, clock: FakeClock, desktop: Desktop) -> None:
    """GNOME locks the screen as it suspends: "when I come back" is the unlock."""
    window = started(make_window, qtbot, clock, desktop, after_sleep="resume")
    desktop.lock(True)
    desktop.sleep()
    assert state(window) is State.PAUSED
    desktop.wake()
    assert state(window) is State.PAUSED
    desktop.lock(False)
    assert state(window) is State.RUNNING


def test_a_sleep_found_after_the_fact_resumes_if_chosen(
        make_window: Factory, qtbot: QtBot, clock: FakeClock) -> None:
    """No logind (no watch): the driver's clocks find the sleep at the wake-up, which is the
    person being back."""
    asleep = [0.0]
    window = make_window(sleep_clock=lambda: clock.now + asleep[0])
    window.settings.set(AFTER_SLEEP, "resume")
    window.picker.select("squat-100")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.driver is not None
    clock.advance(4)
    window.driver.poke()
    assert window.session is not None
    left_s = window.session.remaining_total_s()
    asleep[0] = 600.0
    clock.advance(0.5)
    with qtbot.waitSignal(window.driver.slept, timeout=1000):
        window.driver.poke()
    assert state(window) is State.RUNNING
    # Paused at the last instant known awake and resumed at once: the ten minutes asleep
    # were not counted.
    assert left_s - 1 < window.session.remaining_total_s() <= left_s


def test_the_choices_are_made_in_the_settings_dialog(make_window: Factory) -> None:
    window = make_window()
    dialog = SettingsDialog(window.cues, window.settings, window)
    assert dialog.after_sleep.currentData() == "stay_paused"
    assert not dialog.pause_on_lock.isChecked()
    dialog.after_sleep.setCurrentIndex(dialog.after_sleep.findData("resume"))
    dialog.pause_on_lock.setChecked(True)
    assert window.settings.get(AFTER_SLEEP) == "resume"
    assert window.settings.get(PAUSE_ON_LOCK) is True
    assert dialog.after_sleep.currentText() == "Resume when I come back"
    window.settings.set(AFTER_SLEEP, "stay_paused")  # changed elsewhere: shown on refresh
    dialog.refresh()
    assert dialog.after_sleep.currentData() == "stay_paused"
    assert dialog.pause_on_lock.isChecked()
