"""The window's menu bar, built from :data:`leg_timer.present.menus.MENUS`.

Each item shows the key that does the same (from the shortcut table) but binds nothing: the
window's shortcuts are the one place keys are bound (see :mod:`leg_timer.ui.key_routing`), so
no key is ever bound twice. The bar hides during a workout (the workout screen stays clean,
focus mode included), and an item is enabled only on the pages where its key does the same
thing. The Routine menu is also the routine rows' context menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from leg_timer.core.translation import translate
from leg_timer.present.keymap import Intent
from leg_timer.present.menus import MENUS, ROUTINE_MENU, Menu, MenuItem
from leg_timer.present.shortcuts import Page
from leg_timer.ui.i18n import bind


def _shown_title(spec: Menu) -> str:
    """A menu's title in the chosen language (present/menus.py marks the titles)."""
    shown = getattr(spec, "shown_title", None)  # present/ may word it itself
    if callable(shown):
        return str(shown())
    return translate("Menus", spec.title)


class WindowMenus:
    """The menus of ``bar``; choosing an item calls ``run`` with its intent."""

    def __init__(self, bar: QMenuBar, run: Callable[[Intent], None]) -> None:
        self.bar = bar
        bind(bar, bar.setAccessibleName, lambda: translate("Accessible", "Menu bar"))
        self.items: list[tuple[MenuItem, QAction]] = []
        self.menus: dict[str, QMenu] = {}  # by the English title (a key, never shown)
        self._titled: list[tuple[Menu, QMenu]] = []
        for spec in MENUS:
            menu = bar.addMenu(_shown_title(spec))
            self._titled.append((spec, menu))
            title = spec.title.replace("&", "")
            menu.setAccessibleName(f"{title} menu")
            self.menus[title] = menu
            for item in spec.items:
                if item is None:
                    menu.addSeparator()
                    continue
                action = menu.addAction(item.label())
                action.triggered.connect(
                    lambda _checked=False, intent=item.intent: run(intent))
                self.items.append((item, action))

    def retranslate(self) -> None:
        """The titles and items in the language now chosen (after a switch)."""
        for spec, menu in self._titled:
            menu.setTitle(_shown_title(spec))
        for item, action in self.items:
            action.setText(item.label())

    @property
    def routine_menu(self) -> QMenu:
        return self.menus[ROUTINE_MENU.title.replace("&", "")]

    def action(self, intent: Intent) -> QAction:
        """The menu item that does ``intent``."""
        return next(action for item, action in self.items if item.intent is intent)

    def show_for(self, page: Page, can_undo: bool = False) -> None:
        """The bar for ``page``: hidden during a workout, items enabled where they work (Undo
        delete only with a deletion to undo)."""
        self.bar.setVisible(page is not Page.WORKOUT)
        for item, action in self.items:
            action.setEnabled(item.works_on(page)
                              and (can_undo or item.intent is not Intent.UNDO_DELETE))
