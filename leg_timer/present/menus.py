"""The window's menu bar as data: each menu's items, what each does, and the key it shows.

Every item names the :class:`~leg_timer.present.shortcuts.Action` whose key does the same, so
the menu never offers a key the shortcut table (and so the ``?`` overlay and
docs/shortcuts.md) does not list; the window binds keys only through that table, and the menu
shows the key without binding it a second time. The Routine menu is also the context menu of a
routine row. No Qt here: the window builds the menus from this.
"""

from __future__ import annotations

from dataclasses import dataclass

from leg_timer.present.keymap import Intent, KeyContext, intent_for
from leg_timer.present.shortcuts import Action, Page, key_name


@dataclass(frozen=True)
class MenuItem:
    text: str  # "&" marks the letter that chooses it while the menu is open
    intent: Intent  # what choosing it does
    action: Action  # the key that does the same (shown beside the text)

    def label(self) -> str:
        """The text with its key after a tab, where a menu shows shortcuts."""
        return f"{self.text}\t{key_name(self.action, Page.PICKER)}"

    def works_on(self, page: Page) -> bool:
        """Whether the item does something on ``page`` (its key means the same there)."""
        return intent_for(self.action, KeyContext(page)) is self.intent


@dataclass(frozen=True)
class Menu:
    title: str
    items: tuple[MenuItem | None, ...]  # None: a separator


FILE_MENU = Menu("&File", (
    MenuItem("&New routine…", Intent.NEW_ROUTINE, Action.NEW_ROUTINE),
    MenuItem("&Open routine file…", Intent.OPEN_ROUTINE_FILE, Action.OPEN_FILE),
    MenuItem("&Import…", Intent.IMPORT_ROUTINES, Action.IMPORT),
    MenuItem("Save a &copy as…", Intent.SAVE_COPY, Action.SAVE_COPY),
    None,
    MenuItem("Open routines &folder", Intent.OPEN_ROUTINES_FOLDER, Action.OPEN_FOLDER),
    None,
    MenuItem("&Quit", Intent.QUIT, Action.QUIT),
))
ROUTINE_MENU = Menu("&Routine", (
    MenuItem("&Start", Intent.START_SELECTED, Action.ENTER),
    MenuItem("&Edit…", Intent.EDIT_SELECTED, Action.EDIT),
    MenuItem("D&uplicate…", Intent.DUPLICATE_SELECTED, Action.DUPLICATE),
    MenuItem("&Delete", Intent.DELETE_SELECTED, Action.DELETE),
    MenuItem("&Undo delete", Intent.UNDO_DELETE, Action.UNDO),
    MenuItem("&Reminders…", Intent.EDIT_REMINDERS, Action.REMINDERS),
))
VIEW_MENU = Menu("&View", (
    MenuItem("&History", Intent.OPEN_HISTORY, Action.HISTORY),
    MenuItem("&Settings…", Intent.OPEN_SETTINGS, Action.SETTINGS),
    MenuItem("&Keyboard shortcuts", Intent.TOGGLE_SHORTCUTS, Action.HELP),
))
MENUS: tuple[Menu, ...] = (FILE_MENU, ROUTINE_MENU, VIEW_MENU)
