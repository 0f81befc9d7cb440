"""Every keyboard shortcut of the window, in one list.

The window binds these keys, the ``?`` overlay lists them, the workout page's hint line and
``docs/shortcuts.md`` are written from them (``python -m leg_timer.present.shortcuts >
docs/shortcuts.md``; tests/ui/test_picker_and_layout.py checks the file is current), so they
never disagree. What a key does on each page is :mod:`leg_timer.present.keymap`'s table. This
module imports no Qt: key names are the portable strings ``QKeySequence`` reads.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from leg_timer.core.translation import QT_TRANSLATE_NOOP, Context, english

Shortcuts = Context("Shortcuts")


class Action(enum.StrEnum):
    TOGGLE = "toggle"
    ENTER = "enter"
    NEXT = "next"
    PREVIOUS = "previous"
    ADD_TIME = "add_time"
    REMOVE_TIME = "remove_time"
    RESTART = "restart"
    ESCAPE = "escape"
    FOCUS = "focus"
    GUIDE = "guide"
    JUMP = "jump"
    MUTE = "mute"
    MINI_TIMER = "mini_timer"
    HELP = "help"
    SEARCH = "search"
    OPEN_FOLDER = "open_folder"
    SETTINGS = "settings"
    QUIT = "quit"
    HISTORY = "history"
    NEW_ROUTINE = "new_routine"
    OPEN_FILE = "open_file"
    IMPORT = "import"
    SAVE_COPY = "save_copy"
    EDIT = "edit"
    DUPLICATE = "duplicate"
    DELETE = "delete"
    UNDO = "undo"
    REMINDERS = "reminders"


class Page(enum.StrEnum):
    """Where a shortcut works. On the picker, letter keys type into the search instead."""

    PICKER = "picker"
    WORKOUT = "workout"
    SUMMARY = "summary"
    HISTORY = "history"


ALL_PAGES = frozenset(Page)
# The pages with the menu bar (a workout hides it): File's keys work on all of them.
MENU_PAGES = frozenset({Page.PICKER, Page.SUMMARY, Page.HISTORY})
ADJUST_STEP_S = 10  # what + and - add to or take off the segment in progress


@dataclass(frozen=True)
class Shortcut:
    action: Action
    keys: tuple[str, ...]  # QKeySequence strings (keypad keys fall back to these)
    shown: str  # the keys as the overlay and the docs show them
    source: str  # what it does, English, marked for the catalogues ({seconds}: the step)
    pages: frozenset[Page] = ALL_PAGES

    @property
    def keys_text(self) -> str:
        """The keys as people read them in their language (``shown`` is the English)."""
        return Shortcuts.tr(" or ", "between keys").join(
            key_words(key) for key in self.shown.split(" or "))

    @property
    def description(self) -> str:
        """What the key does, in the person's language."""
        return Shortcuts.tr(self.source).format(seconds=ADJUST_STEP_S)

    @property
    def english_description(self) -> str:
        """What the key does, in English (docs/shortcuts.md)."""
        return english(self.source).format(seconds=ADJUST_STEP_S)


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(Action.TOGGLE, ("Space",), "Space",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Start, pause or resume the workout"),
             frozenset({Page.PICKER, Page.WORKOUT})),
    Shortcut(Action.ENTER, ("Return", "Enter"), "Enter",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Done with a rep set at your own pace; in the jump list, jump to the chosen "
                 "exercise; in the list, start the selected routine; on the summary, back to "
                 "the list"),
             frozenset({Page.PICKER, Page.WORKOUT, Page.SUMMARY})),
    Shortcut(Action.NEXT, ("Right", "N"), "→ or N",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Skip to the next step"),
             frozenset({Page.WORKOUT})),
    Shortcut(Action.PREVIOUS, ("Left", "P"), "← or P",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Previous step (restarts the step when more than 2 s in)"),
             frozenset({Page.WORKOUT})),
    Shortcut(Action.ADD_TIME, ("+", "="), "+ or =",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Add {seconds} seconds to this step (the number pad's + too)"),
             frozenset({Page.WORKOUT})),
    Shortcut(Action.REMOVE_TIME, ("-",), "-",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Take {seconds} seconds off this step (the number pad's - too)"),
             frozenset({Page.WORKOUT})),
    Shortcut(Action.RESTART, ("R",), "R",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Restart the routine from the beginning (asks first during a workout); on the "
                 "summary, do it again"),
             frozenset({Page.WORKOUT, Page.SUMMARY})),
    Shortcut(Action.ESCAPE, ("Esc",), "Esc",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Close the jump list or this overlay, or leave focus mode; stop the workout "
                 "(asks first while it runs); on the summary, back to the list; on the history, "
                 "back where you came from")),
    Shortcut(Action.FOCUS, ("F",), "F",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Focus mode: full screen and larger, without the key hints (also double-click "
                 "the countdown)"),
             frozenset({Page.WORKOUT})),
    Shortcut(Action.GUIDE, ("I",), "I",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Show or hide the exercise's instructions and safety note (shown when they fit)"),
             frozenset({Page.WORKOUT})),
    Shortcut(Action.JUMP, ("G", "Ctrl+G"), "G or Ctrl+G",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Jump list: pick any exercise of the routine (type to filter, ↑ ↓ to choose, "
                 "Enter jumps there, Esc closes)"),
             frozenset({Page.WORKOUT})),
    Shortcut(Action.MUTE, ("M",), "M",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Mute or unmute sounds and voice"),
             frozenset({Page.WORKOUT, Page.SUMMARY})),
    Shortcut(Action.MINI_TIMER, ("T",), "T",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Mini timer: a small window that stays above other windows, with the time, the "
                 "exercise and its side; the workout keys work in it, double-click it to come "
                 "back"),
             frozenset({Page.WORKOUT, Page.SUMMARY})),
    Shortcut(Action.HELP, ("?", "F1"), "? or F1", QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Show or hide this list of shortcuts")),
    Shortcut(Action.SEARCH, ("Ctrl+F",), "Ctrl+F",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Search the routines (or just start typing in the list)"),
             frozenset({Page.PICKER})),
    Shortcut(Action.OPEN_FOLDER, ("Ctrl+Shift+O",), "Ctrl+Shift+O",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Open the routines folder (your own routine files) in the file manager"),
             frozenset({Page.PICKER})),
    Shortcut(Action.NEW_ROUTINE, ("Ctrl+N",), "Ctrl+N",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "New routine, made in the routine editor"),
             MENU_PAGES),
    Shortcut(Action.OPEN_FILE, ("Ctrl+O",), "Ctrl+O",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Open a routine file and start it, without adding it to your routines (as "
                 "leg-timer run FILE)"),
             MENU_PAGES),
    Shortcut(Action.IMPORT, ("Ctrl+I",), "Ctrl+I",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Import routine files (.yaml, .yml, .json) into your routines; dropping files "
                 "on the window does the same"),
             MENU_PAGES),
    Shortcut(Action.EDIT, ("Ctrl+E",), "Ctrl+E",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Edit the selected routine of your own (a built-in one is duplicated instead)"),
             frozenset({Page.PICKER})),
    Shortcut(Action.DUPLICATE, ("Ctrl+D",), "Ctrl+D",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Duplicate the selected routine as a new one of your own, in the editor (the "
                 "way to change a built-in routine)"),
             frozenset({Page.PICKER})),
    Shortcut(Action.DELETE, ("Del",), "Delete",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Delete the selected routine of your own (its file goes to the "
                 "deleted-routines folder beside your routines folder; Ctrl+Z brings it back)"),
             frozenset({Page.PICKER})),
    Shortcut(Action.UNDO, ("Ctrl+Z",), "Ctrl+Z",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Bring back the routine just deleted"),
             frozenset({Page.PICKER})),
    Shortcut(Action.SAVE_COPY, ("Ctrl+Shift+S",), "Ctrl+Shift+S",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Save a copy of the selected routine's file where you choose (to share it)"),
             frozenset({Page.PICKER})),
    Shortcut(Action.REMINDERS, ("Ctrl+R",), "Ctrl+R",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Reminders for the selected routine: at times of day or spread over the day, "
                 "on chosen weekdays (offered from its practice advice); and starting at login"),
             frozenset({Page.PICKER})),
    Shortcut(Action.SETTINGS, ("Ctrl+,",), "Ctrl+,",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Settings: volume, voice, countdown ticks, get-ready time, theme")),
    Shortcut(Action.QUIT, ("Ctrl+Q",), "Ctrl+Q", QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Quit (asks first while a workout is under way)")),
    Shortcut(Action.HISTORY, ("H",), "H",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Workout history: calendar, weekly minutes, streaks, every session (Delete "
                 "removes one, Ctrl+Z brings it back)"),
             frozenset({Page.SUMMARY})),
    # On the list a plain H must type into the search ("hip"), so there it takes Ctrl.
    Shortcut(Action.HISTORY, ("Ctrl+H",), "Ctrl+H",
             QT_TRANSLATE_NOOP(
                 "Shortcuts",
                 "Workout history, from the list (where H types into the search)"),
             frozenset({Page.PICKER, Page.SUMMARY})),
)

_PAGE_WORDS = {Page.PICKER: QT_TRANSLATE_NOOP("Shortcuts", "list"),
               Page.WORKOUT: QT_TRANSLATE_NOOP("Shortcuts", "workout"),
               Page.SUMMARY: QT_TRANSLATE_NOOP("Shortcuts", "summary"),
               Page.HISTORY: QT_TRANSLATE_NOOP("Shortcuts", "history")}


def where(shortcut: Shortcut, translated: bool = True) -> str:
    """The pages a shortcut works on, in words: ``everywhere``, ``workout``, ``list, workout``
    (in English with ``translated=False``, for the docs)."""
    if shortcut.pages == ALL_PAGES:
        return Shortcuts.tr("everywhere") if translated else "everywhere"
    words = [_PAGE_WORDS[page] for page in Page if page in shortcut.pages]
    if translated:
        return Shortcuts.tr(", ", "between page names").join(Shortcuts.tr(w) for w in words)
    return ", ".join(words)


# The key names written on keyboards in the person's language (Leertaste, Entrée, Strg...),
# marked for the catalogues; other keys (letters, arrows, F1) read the same everywhere.
KEY_WORDS = {
    "Space": QT_TRANSLATE_NOOP("Shortcuts", "Space"),
    "Enter": QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
    "Esc": QT_TRANSLATE_NOOP("Shortcuts", "Esc"),
    "Delete": QT_TRANSLATE_NOOP("Shortcuts", "Delete"),
    "Ctrl": QT_TRANSLATE_NOOP("Shortcuts", "Ctrl"),
    "Shift": QT_TRANSLATE_NOOP("Shortcuts", "Shift"),
}


def key_words(key: str) -> str:
    """One key as people read it in their language: ``"Ctrl+Shift+S"`` -> ``"Strg+Umschalt+S"``
    in German. A lone ``+`` (the add-time key) stays itself."""
    if key == "+":
        return key
    return "+".join(Shortcuts.tr(KEY_WORDS[part]) if part in KEY_WORDS else part
                    for part in key.split("+"))


def keys_for(action: Action, page: Page | None = None) -> str:
    """Every key of ``action`` as people read them: ``"→ or N"``; with ``page``, the keys
    that work there (History is H on the summary but Ctrl+H on the list)."""
    shown = _shown(action, page)
    return Shortcuts.tr(" or ", "between keys").join(
        key_words(key) for key in shown.split(" or "))


def _shown(action: Action, page: Page | None) -> str:
    return next(shortcut.shown for shortcut in SHORTCUTS if shortcut.action is action
                and (page is None or page in shortcut.pages))


def key_name(action: Action, page: Page | None = None) -> str:
    """The first key of ``action`` (on ``page``), for sentences: ``"Space"``, ``"Enter"``."""
    return key_words(_shown(action, page).split(" or ")[0])


def workout_hint(paused: bool) -> str:
    """The one-line reminder of the main keys under the countdown."""
    return " · ".join((
        (Shortcuts.tr("{key} resume") if paused else Shortcuts.tr("{key} pause")).format(
            key=key_name(Action.TOGGLE)),
        Shortcuts.tr("{keys} steps").format(
            keys=f"{key_name(Action.PREVIOUS)} {key_name(Action.NEXT)}"),
        Shortcuts.tr("{keys} {seconds} s").format(
            keys=f"{key_name(Action.ADD_TIME)} {key_name(Action.REMOVE_TIME)}",
            seconds=ADJUST_STEP_S),
        Shortcuts.tr("{key} jump").format(key=key_name(Action.JUMP)),
        Shortcuts.tr("{key} guide").format(key=key_name(Action.GUIDE)),
        Shortcuts.tr("{key} stop").format(key=key_name(Action.ESCAPE)),
        Shortcuts.tr("{key} focus").format(key=key_name(Action.FOCUS)),
        Shortcuts.tr("{key} all keys").format(key=key_name(Action.HELP)),
    ))


def markdown() -> str:
    """docs/shortcuts.md: the same table the ``?`` overlay shows."""
    lines = [
        "# Keyboard shortcuts",
        "",
        "<!-- Generated by `python -m leg_timer.present.shortcuts`: edit",
        "     leg_timer/present/shortcuts.py, not this file.",
        "     tests/ui/test_picker_and_layout.py checks the two agree. -->",
        "",
        "Every shortcut works whichever control has the focus, so the whole workout can be run",
        "from the keyboard (or a wireless keypad) without touching the mouse. In the routine",
        "list, letters type into the search field; Space and Enter still start the routine.",
        "Press `?` or `F1` in the window to see this table.",
        "",
        "With a screen reader running, the number pad (other than its digits) and every key",
        "held with Insert are left to the screen reader: the app's keys on the main keyboard",
        "do the same. See [accessibility.md](accessibility.md).",
        "",
        "| Keys | What it does | Where |",
        "| --- | --- | --- |",
    ]
    for shortcut in SHORTCUTS:
        keys = " or ".join(f"`{part}`" for part in shortcut.shown.split(" or "))
        lines.append(f"| {keys} | {shortcut.english_description} | "
                     f"{where(shortcut, translated=False)} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")
