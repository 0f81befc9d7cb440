"""The window's menu bar as data: each menu's items, what each does, and the key it shows.

Every item names the :class:`~leg_timer.present.shortcuts.Action` whose key does the same, so
the menu never offers a key the shortcut table (and so the ``?`` overlay and
docs/shortcuts.md) does not list; the window binds keys only through that table, and the menu
shows the key without binding it a second time. The Routine menu is also the context menu of a
routine row. No Qt here: the window builds the menus from this.
"""

from __future__ import annotations

from dataclasses import dataclass

from leg_timer.core.translation import QT_TRANSLATE_NOOP, Context
from leg_timer.present.keymap import Intent, KeyContext, intent_for
from leg_timer.present.shortcuts import Action, Page, key_name

# The titles and texts below are English, marked for the catalogues (context "Menus"); the
# window shows Menu.shown_title() and MenuItem.label(), which translate them when called.
Menus = Context("Menus")


@dataclass(frozen=True)
class MenuItem:
    text: str  # "&" marks the letter that chooses it while the menu is open (English)
    intent: Intent  # what choosing it does
    action: Action  # the key that does the same (shown beside the text)

    def shown_text(self) -> str:
        """The text in the person's language."""
        return Menus.tr(self.text)

    def label(self) -> str:
        """The text (translated) with its key after a tab, where a menu shows shortcuts."""
        return f"{self.shown_text()}\t{key_name(self.action, Page.PICKER)}"

    def works_on(self, page: Page) -> bool:
        """Whether the item does something on ``page`` (its key means the same there)."""
        return intent_for(self.action, KeyContext(page)) is self.intent


@dataclass(frozen=True)
class Menu:
    title: str  # English: the key the window finds a menu by
    items: tuple[MenuItem | None, ...]  # None: a separator

    def shown_title(self) -> str:
        """The title in the person's language."""
        return Menus.tr(self.title)


FILE_MENU = Menu(QT_TRANSLATE_NOOP("Menus", "&File"), (
    MenuItem(QT_TRANSLATE_NOOP("Menus", "&New routine…"), Intent.NEW_ROUTINE, Action.NEW_ROUTINE),
    MenuItem(QT_TRANSLATE_NOOP("Menus", "&Open routine file…"),
             Intent.OPEN_ROUTINE_FILE, Action.OPEN_FILE),
    MenuItem(QT_TRANSLATE_NOOP("Menus", "&Import…"), Intent.IMPORT_ROUTINES, Action.IMPORT),
    MenuItem(QT_TRANSLATE_NOOP("Menus", "Save a &copy as…"), Intent.SAVE_COPY, Action.SAVE_COPY),
    None,
    MenuItem(QT_TRANSLATE_NOOP("Menus", "Open routines &folder"),
             Intent.OPEN_ROUTINES_FOLDER, Action.OPEN_FOLDER),
    None,
    MenuItem(QT_TRANSLATE_NOOP("Menus", "&Quit"), Intent.QUIT, Action.QUIT),
))
ROUTINE_MENU = Menu(QT_TRANSLATE_NOOP("Menus", "&Routine"), (
    MenuItem(QT_TRANSLATE_NOOP("Menus", "&Start"), Intent.START_SELECTED, Action.ENTER),
    MenuItem(QT_TRANSLATE_NOOP("Menus", "&Edit…"), Intent.EDIT_SELECTED, Action.EDIT),
    MenuItem(QT_TRANSLATE_NOOP("Menus", "D&uplicate…"),
             Intent.DUPLICATE_SELECTED, Action.DUPLICATE),
    MenuItem(QT_TRANSLATE_NOOP("Menus", "&Delete"), Intent.DELETE_SELECTED, Action.DELETE),
    MenuItem(QT_TRANSLATE_NOOP("Menus", "&Undo delete"), Intent.UNDO_DELETE, Action.UNDO),
    MenuItem(QT_TRANSLATE_NOOP("Menus", "&Reminders…"), Intent.EDIT_REMINDERS, Action.REMINDERS),
))
VIEW_MENU = Menu(QT_TRANSLATE_NOOP("Menus", "&View"), (
    MenuItem(QT_TRANSLATE_NOOP("Menus", "&History"), Intent.OPEN_HISTORY, Action.HISTORY),
    MenuItem(QT_TRANSLATE_NOOP("Menus", "&Settings…"), Intent.OPEN_SETTINGS, Action.SETTINGS),
    MenuItem(QT_TRANSLATE_NOOP("Menus", "&Keyboard shortcuts"),
             Intent.TOGGLE_SHORTCUTS, Action.HELP),
))
MENUS: tuple[Menu, ...] = (FILE_MENU, ROUTINE_MENU, VIEW_MENU)
