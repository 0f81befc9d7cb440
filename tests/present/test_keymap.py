"""What each key means on each page, from the Qt-free table (no window needed)."""

from __future__ import annotations

import pytest

from leg_timer.present import shortcuts
from leg_timer.present.keymap import Intent, KeyContext, intent_for
from leg_timer.present.shortcuts import SHORTCUTS, Action, Page

PICKER, WORKOUT, SUMMARY = (KeyContext(page) for page in (Page.PICKER, Page.WORKOUT,
                                                            Page.SUMMARY))
JUMPING = KeyContext(Page.WORKOUT, jump_list_open=True)


@pytest.mark.parametrize(("action", "context", "intent"), [
    (Action.TOGGLE, PICKER, Intent.START_SELECTED),
    (Action.ENTER, PICKER, Intent.START_SELECTED),
    (Action.SEARCH, PICKER, Intent.FOCUS_SEARCH),
    (Action.ESCAPE, PICKER, None),
    (Action.ESCAPE, KeyContext(Page.PICKER, searching=True), Intent.CLEAR_SEARCH),
    (Action.TOGGLE, WORKOUT, Intent.TOGGLE_PAUSE),
    (Action.ENTER, WORKOUT, None),
    (Action.ENTER, KeyContext(Page.WORKOUT, manual_set=True), Intent.MARK_DONE),
    (Action.ESCAPE, WORKOUT, Intent.STOP),
    (Action.ESCAPE, KeyContext(Page.WORKOUT, full_screen=True), Intent.LEAVE_FULL_SCREEN),
    (Action.ESCAPE, KeyContext(Page.WORKOUT, overlay_open=True, full_screen=True),
     Intent.HIDE_SHORTCUTS),
    (Action.ADD_TIME, WORKOUT, Intent.ADD_TIME),
    (Action.REMOVE_TIME, WORKOUT, Intent.REMOVE_TIME),
    (Action.NEXT, WORKOUT, Intent.NEXT),
    (Action.PREVIOUS, WORKOUT, Intent.PREVIOUS),
    (Action.RESTART, WORKOUT, Intent.RESTART),
    (Action.FOCUS, WORKOUT, Intent.TOGGLE_FOCUS_MODE),
    (Action.ENTER, SUMMARY, Intent.BACK_TO_LIST),
    (Action.ESCAPE, SUMMARY, Intent.BACK_TO_LIST),
    (Action.RESTART, SUMMARY, Intent.REPEAT),
    (Action.HELP, SUMMARY, Intent.TOGGLE_SHORTCUTS),
    (Action.MUTE, WORKOUT, Intent.TOGGLE_MUTE),
    (Action.SETTINGS, PICKER, Intent.OPEN_SETTINGS),
    (Action.QUIT, WORKOUT, Intent.QUIT),
    (Action.GUIDE, WORKOUT, Intent.TOGGLE_GUIDE),
    (Action.GUIDE, PICKER, None),  # letters type into the search there
    (Action.JUMP, WORKOUT, Intent.OPEN_JUMP_LIST),
    (Action.JUMP, SUMMARY, None),
    (Action.OPEN_FOLDER, PICKER, Intent.OPEN_ROUTINES_FOLDER),
    (Action.OPEN_FOLDER, WORKOUT, None),
    # The jump list open: Enter jumps, Esc (or G again) closes, keys that would change the
    # workout behind it do nothing (the list's filter takes the letters).
    (Action.ENTER, JUMPING, Intent.JUMP_TO_SELECTED),
    (Action.ESCAPE, JUMPING, Intent.CLOSE_JUMP_LIST),
    (Action.JUMP, JUMPING, Intent.CLOSE_JUMP_LIST),
    (Action.ESCAPE, KeyContext(Page.WORKOUT, full_screen=True, jump_list_open=True),
     Intent.CLOSE_JUMP_LIST),
    (Action.NEXT, JUMPING, None),
    (Action.TOGGLE, JUMPING, None),
    (Action.RESTART, JUMPING, None),
    (Action.QUIT, JUMPING, Intent.QUIT),
])
def test_intents(action: Action, context: KeyContext, intent: Intent | None) -> None:
    assert intent_for(action, context) is intent


@pytest.mark.parametrize("shortcut", SHORTCUTS, ids=lambda shortcut: shortcut.action.value)
def test_every_shortcut_does_something_on_each_page_it_is_listed_for(
        shortcut: shortcuts.Shortcut) -> None:
    for page in shortcut.pages:
        # The most permissive moment: something to clear, a rep set to finish.
        context = KeyContext(page, searching=True, manual_set=True)
        assert intent_for(shortcut.action, context) is not None, (shortcut.action, page)


def test_the_hint_line_comes_from_the_table() -> None:
    assert shortcuts.workout_hint(paused=False) == (
        f"Space pause · ← → steps · + - {shortcuts.ADJUST_STEP_S} s · G jump · I guide · "
        "Esc stop · F focus · ? all keys")
    assert shortcuts.workout_hint(paused=True).startswith("Space resume")
    assert shortcuts.key_name(Action.ENTER) == "Enter"
