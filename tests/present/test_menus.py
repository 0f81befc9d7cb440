"""The menu bar's table: every item's key is in the shortcut table and means the same there,
no intent is offered twice, and the Routine menu holds what a routine row offers."""

from __future__ import annotations

from leg_timer.present.keymap import Intent, KeyContext, intent_for
from leg_timer.present.menus import MENUS, ROUTINE_MENU, MenuItem
from leg_timer.present.shortcuts import SHORTCUTS, Action, Page

ITEMS = [item for menu in MENUS for item in menu.items if item is not None]


def test_every_item_shows_a_key_of_the_table_that_does_the_same_on_the_list() -> None:
    table = {shortcut.action for shortcut in SHORTCUTS}
    for item in ITEMS:
        assert item.action in table, item
        assert item.works_on(Page.PICKER), item
        text, key = item.label().split("\t")
        assert text == item.text and key


def test_no_intent_is_offered_twice_and_every_new_action_has_an_item() -> None:
    intents = [item.intent for item in ITEMS]
    assert len(intents) == len(set(intents))
    new = {Action.NEW_ROUTINE, Action.OPEN_FILE, Action.IMPORT, Action.SAVE_COPY, Action.EDIT,
           Action.DUPLICATE, Action.DELETE, Action.UNDO, Action.OPEN_FOLDER}
    assert new <= {item.action for item in ITEMS}


def test_the_routine_menu() -> None:
    assert [item.intent for item in ROUTINE_MENU.items if item is not None] == [
        Intent.START_SELECTED, Intent.EDIT_SELECTED, Intent.DUPLICATE_SELECTED,
        Intent.DELETE_SELECTED, Intent.UNDO_DELETE, Intent.EDIT_REMINDERS]


def test_keys_and_where_they_work() -> None:
    assert MenuItem("&New", Intent.NEW_ROUTINE, Action.NEW_ROUTINE).label() == "&New\tCtrl+N"
    for page in (Page.PICKER, Page.SUMMARY, Page.HISTORY):
        assert intent_for(Action.NEW_ROUTINE, KeyContext(page)) is Intent.NEW_ROUTINE
        assert intent_for(Action.OPEN_FILE, KeyContext(page)) is Intent.OPEN_ROUTINE_FILE
        assert intent_for(Action.IMPORT, KeyContext(page)) is Intent.IMPORT_ROUTINES
    for action in (Action.NEW_ROUTINE, Action.OPEN_FILE, Action.IMPORT, Action.DELETE,
                   Action.EDIT, Action.UNDO):
        assert intent_for(action, KeyContext(Page.WORKOUT)) is None  # the workout is clean
    assert intent_for(Action.DELETE, KeyContext(Page.HISTORY)) is None  # the history's own
    assert intent_for(Action.UNDO, KeyContext(Page.HISTORY)) is None
    assert intent_for(Action.DELETE, KeyContext(Page.PICKER)) is Intent.DELETE_SELECTED
