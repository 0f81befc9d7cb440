"""The reminder dialog (Routine > Reminders…, Ctrl+R in the list): when to remind of the
selected routine, offered from its ``practice:`` hints, and whether Leg Timer starts at login.

Keyboard first: every control has a label with a mnemonic and an accessible name, Tab goes
through them in reading order, Enter saves, Esc cancels. The words below the controls say the
rule back ("4 times a day between 09:00 and 21:00, every day") and when it comes next, or why
it cannot be saved. What is saved goes to :class:`~leg_timer.ui.outside.reminders.
ReminderScheduler`; the dialog keeps nothing itself.

Signals:
    saved(object): the :class:`~leg_timer.reminders.rules.Reminder` to keep.
    removed(str): the routine whose reminder is to go.
"""

from __future__ import annotations

from datetime import datetime, time, tzinfo

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from leg_timer.core.routine import Routine
from leg_timer.core.translation import translate
from leg_timer.reminders.defaults import default_rule
from leg_timer.reminders.rules import (
    DAY_NAMES,
    MAX_PER_DAY,
    AtTimes,
    Reminder,
    Rule,
    Spread,
    clock_text,
    next_due,
    parse_times,
    rule_problem,
    rule_words,
)
from leg_timer.ui.i18n import bind, plural
from leg_timer.ui.outside import autostart
from leg_timer.ui.outside.reminders import ReminderScheduler
from leg_timer.ui.pages import dates


def _qtime(at: time) -> QTime:
    return QTime(at.hour, at.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class ReminderDialog(QDialog):
    saved = Signal(object)
    removed = Signal(str)

    def __init__(self, key: str, routine: Routine, current: Reminder | None, *,
                 now: datetime, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.routine = routine
        self._now = now
        self._zone = zone
        self.setWindowTitle(self.tr("Reminders: {routine}").format(routine=routine.name))
        self.setAccessibleName(f"Reminders for {routine.name}")
        layout = QVBoxLayout(self)

        self.enabled = QCheckBox(self.tr("&Remind me to do {routine}").format(
            routine=routine.name))
        bind(self.enabled, self.enabled.setAccessibleName,
             lambda: translate("Accessible", "Remind me"))
        layout.addWidget(self.enabled)

        self.at_times = QRadioButton(self.tr("At these &times of day:"))
        self.times = QLineEdit()
        self.times.setPlaceholderText("09:00, 18:00")
        bind(self.times, self.times.setAccessibleName,
             lambda: translate("Accessible", "Times of day"))
        bind(self.times, self.times.setAccessibleDescription,
             lambda: translate("Accessible", "Times like 09:00, separated by commas"))
        self.spread = QRadioButton(self.tr("&Spread over the day:"))
        self.per_day = QSpinBox()
        self.per_day.setRange(1, MAX_PER_DAY)
        self.per_day.setSuffix(self.tr(" times a day"))
        bind(self.per_day, self.per_day.setAccessibleName,
             lambda: translate("Accessible", "Times a day"))
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        bind(self.start, self.start.setAccessibleName, lambda: translate("Accessible", "From"))
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        bind(self.end, self.end.setAccessibleName, lambda: translate("Accessible", "Until"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.at_times)
        kinds.addButton(self.spread)
        grid = QGridLayout()
        grid.addWidget(self.at_times, 0, 0)
        grid.addWidget(self.times, 0, 1, 1, 5)
        grid.addWidget(self.spread, 1, 0)
        grid.addWidget(self.per_day, 1, 1)
        between = QLabel(self.tr("&between"))
        between.setBuddy(self.start)
        grid.addWidget(between, 1, 2)
        grid.addWidget(self.start, 1, 3)
        until = QLabel(self.tr("a&nd"))
        until.setBuddy(self.end)
        grid.addWidget(until, 1, 4)
        grid.addWidget(self.end, 1, 5)
        layout.addLayout(grid)

        days_row = QHBoxLayout()
        days_label = QLabel(self.tr("On:"))
        days_row.addWidget(days_label)
        self.days: list[QCheckBox] = []
        for number, name in enumerate(DAY_NAMES):
            box = QCheckBox(dates.weekday_text(number))
            box.setAccessibleName(name)
            self.days.append(box)
            days_row.addWidget(box)
        layout.addLayout(days_row)

        self.advice = QLabel(self._advice_text())
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        self.use_advice = QPushButton(self.tr("Use the routine's &advice"))
        bind(self.use_advice, self.use_advice.setAccessibleName,
             lambda: translate("Accessible", "Use the routine's advice"))
        self.use_advice.clicked.connect(lambda: self._show_rule(default_rule(routine.practice)))
        layout.addWidget(self.use_advice)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        bind(self.summary, self.summary.setAccessibleName,
             lambda: translate("Accessible", "What the reminder does"))
        layout.addWidget(self.summary)

        self.at_login = QCheckBox(self.tr("Start Leg Timer at &login, quietly (reminders come "
                                          "only while it runs)"))
        bind(self.at_login, self.at_login.setAccessibleName,
             lambda: translate("Accessible", "Start Leg Timer at login"))
        self.at_login.setVisible(autostart.available())
        self.at_login.setChecked(autostart.is_enabled())
        layout.addWidget(self.at_login)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = self.buttons.addButton(
            self.tr("Remo&ve reminder"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setEnabled(current is not None)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self.remove)
        layout.addWidget(self.buttons)

        self._show_rule(current.rule if current is not None else default_rule(routine.practice))
        self.enabled.setChecked(current.enabled if current is not None else True)
        self.times.textChanged.connect(self._update)
        toggles: list[QAbstractButton] = [self.enabled, self.at_times, self.spread, *self.days]
        for toggle in toggles:
            toggle.toggled.connect(self._update)
        self.per_day.valueChanged.connect(self._update)
        self.start.timeChanged.connect(self._update)
        self.end.timeChanged.connect(self._update)
        self._update()

    def _advice_text(self) -> str:
        practice = self.routine.practice
        parts = []
        if practice is not None and practice.sessions_per_day:
            low, high = practice.sessions_per_day
            parts.append(self.tr("{low}-{high} sessions a day").format(low=low, high=high)
                         if low != high else self.tr("{count} a day").format(count=low))
        if practice is not None and practice.sessions_per_week:
            low, high = practice.sessions_per_week
            parts.append(self.tr("{low}-{high} sessions a week").format(low=low, high=high)
                         if low != high else self.tr("{count} a week").format(count=low))
        if practice is not None and practice.rest_days_after:
            days = practice.rest_days_after
            parts.append(plural(self.tr("%n rest day(s) after a hard session", "", days), days))
        if not parts:
            return self.tr("This routine gives no practice advice.")
        return self.tr("The routine's advice: {advice}.").format(advice="; ".join(parts))

    def _show_rule(self, rule: Rule) -> None:
        if isinstance(rule, AtTimes):
            self.at_times.setChecked(True)
            self.times.setText(", ".join(clock_text(at) for at in rule.times))
        else:
            self.spread.setChecked(True)
            self.per_day.setValue(rule.per_day)
            self.start.setTime(_qtime(rule.start))
            self.end.setTime(_qtime(rule.end))
        for day, box in enumerate(self.days):
            box.setChecked(day in rule.days)
        if isinstance(rule, AtTimes):  # the other kind's fields keep a sensible offer
            self.per_day.setValue(3)
            self.start.setTime(QTime(9, 0))
            self.end.setTime(QTime(21, 0))
        else:
            self.times.setText("18:00")

    def rule(self) -> Rule:
        """The rule the controls describe; ValueError saying what is wrong with it."""
        days = frozenset(day for day, box in enumerate(self.days) if box.isChecked())
        rule: Rule
        if self.at_times.isChecked():
            rule = AtTimes(parse_times(self.times.text()), days)
        else:
            rule = Spread(self.per_day.value(), _time(self.start.time()),
                          _time(self.end.time()), days)
        problem = rule_problem(rule)
        if problem:
            raise ValueError(problem)
        return rule

    def _update(self) -> None:
        self.times.setEnabled(self.at_times.isChecked())
        for widget in (self.per_day, self.start, self.end):
            widget.setEnabled(self.spread.isChecked())
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        try:
            rule = self.rule()
        except ValueError as error:
            self.summary.setText(self.tr("Cannot save yet: {error}.").format(error=error))
            save.setEnabled(False)
            return
        save.setEnabled(True)
        if not self.enabled.isChecked():
            self.summary.setText(self.tr("Off (kept: {rule}).").format(rule=rule_words(rule)))
            return
        due = next_due(Reminder(self.key, rule), self._now, self._zone)
        text = self.tr("Reminds you {rule}.").format(rule=rule_words(rule))
        if due is not None:
            text += " " + self.tr("Next: {when}.").format(
                when=dates.when_text(due.astimezone(self._zone)))
        self.summary.setText(text)

    def save(self) -> None:
        try:
            rule = self.rule()
        except ValueError:
            return
        wanted = self.at_login.isChecked()
        if autostart.available() and wanted != autostart.is_enabled():
            problem = autostart.set_enabled(wanted)
            if problem:
                self.summary.setText(self.tr("Starting at login could not be changed: "
                                             "{problem}.").format(problem=problem))
                self.at_login.setChecked(not wanted)
                return
        self.saved.emit(Reminder(self.key, rule, name=self.routine.name,
                                 enabled=self.enabled.isChecked()))
        self.accept()

    def remove(self) -> None:
        self.removed.emit(self.key)
        self.accept()


def open_for(parent: QWidget, scheduler: ReminderScheduler, key: str,
             routine: Routine) -> ReminderDialog:
    """The dialog for routine ``key``, connected to ``scheduler``, shown (not blocking)."""
    dialog = ReminderDialog(key, routine, scheduler.reminder_for(key),
                            now=scheduler.now(), zone=scheduler.zone, parent=parent)
    dialog.saved.connect(scheduler.set_reminder)
    dialog.removed.connect(scheduler.remove)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
