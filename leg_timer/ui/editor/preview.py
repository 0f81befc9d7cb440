"""Beside the form: the total time, the timeline of the segments as they will run, and the
problems the loader finds (choose one to go to its field).

Signals:
    problem_chosen(object): the field path of the problem chosen in the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from leg_timer.authoring.checks import CheckResult
from leg_timer.core.durations import format_clock
from leg_timer.core.translation import translate
from leg_timer.present.wording import count
from leg_timer.ui import theme
from leg_timer.ui.editor.timeline import TimelineView, describe
from leg_timer.ui.i18n import bind

SEGMENTS_IN_WORDS = 16  # the rest are on the timeline (hover a bar)


class PreviewPanel(QWidget):
    problem_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Preview"))
        self.total_label = QLabel(self.tr("Total: –"))
        bind(self.total_label, self.total_label.setAccessibleName,
             lambda: translate("Accessible", "Total time"))
        self.total_label.setFont(theme.scaled_font(self.font(), 1.2, bold=True))
        self.total_label.setWordWrap(True)
        self.timeline = TimelineView()
        self.segments_label = QLabel()
        bind(self.segments_label, self.segments_label.setAccessibleName,
             lambda: translate("Accessible", "First segments"))
        self.segments_label.setWordWrap(True)
        self.segments_label.setTextInteractionFlags(  # Tab reaches it: the timeline in words
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.problems_title = QLabel(self.tr("&Problems:"))
        self.problems = QListWidget()
        bind(self.problems, self.problems.setAccessibleName,
             lambda: translate("Accessible", "Problems"))
        self.problems.setWordWrap(True)
        self.problems.setMinimumHeight(60)
        self.problems_title.setBuddy(self.problems)
        self.problems.itemActivated.connect(self._on_item_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.total_label)
        layout.addWidget(self.timeline)
        layout.addWidget(self.segments_label, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems, 1)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.problem_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def show_result(self, result: CheckResult, texts: list[str]) -> None:
        """Show ``result``: its plan, and its problems as ``texts`` (one per problem)."""
        plan = result.plan
        if plan is None:
            self.total_label.setText(self.tr("Total: – (fix the problems below)"))
        else:
            text = self.tr("Total: {total}").format(total=format_clock(plan.total_s))
            if plan.manual_sets:
                text += " " + self.tr("+ {sets} at your own pace").format(
                    sets=count(plan.manual_sets, "set"))
            text += " · " + count(len(plan.segments), "segment")
            if plan.routine.parameters:
                text += " " + self.tr("(default values)")
            self.total_label.setText(text)
        self.timeline.show_plan(plan)
        shown = plan.segments[:SEGMENTS_IN_WORDS] if plan is not None else ()
        lines = [describe(segment) for segment in shown]
        if plan is not None and len(plan.segments) > len(shown):
            lines.append(self.tr("… and {number} more").format(
                number=len(plan.segments) - len(shown)))
        self.segments_label.setText("\n".join(lines))
        self.timeline.setAccessibleDescription(self.total_label.text())
        self.problems.clear()
        for problem, text in zip(result.problems, texts, strict=True):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            self.problems.addItem(item)
        self.problems_title.setText(
            self.tr("&Problems: none") if not result.problems
            else self.tr("&Problems ({number}), saving is refused until they are fixed:").format(
                number=len(result.problems)))
        font = QFont(self.problems_title.font())
        font.setBold(bool(result.problems))
        self.problems_title.setFont(font)
