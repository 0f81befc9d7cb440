"""What a shortcut means where it is pressed: (page, key) to an intent, without Qt.

The window binds the keys of :data:`~leg_timer.present.shortcuts.SHORTCUTS` and, when one is
pressed, asks :func:`intent_for` what to do, describing the moment in a :class:`KeyContext`.
The same key means different things: Enter starts the selected routine in the list, marks a
rep set done in a workout, and goes back to the list from the summary. The window then carries
the intent out; nothing here knows about widgets, so the whole table is tested without one.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from leg_timer.present.shortcuts import MENU_PAGES, Action, Page


class Intent(enum.StrEnum):
    """Something the window does in answer to a key."""

    TOGGLE_SHORTCUTS = "toggle_shortcuts"  # show or hide the ? overlay
    HIDE_SHORTCUTS = "hide_shortcuts"
    QUIT = "quit"
    TOGGLE_MUTE = "toggle_mute"
    OPEN_SETTINGS = "open_settings"
    LEAVE_FULL_SCREEN = "leave_full_screen"
    START_SELECTED = "start_selected"  # the routine selected in the list
    FOCUS_SEARCH = "focus_search"
    CLEAR_SEARCH = "clear_search"
    TOGGLE_PAUSE = "toggle_pause"  # start, pause or resume the session
    MARK_DONE = "mark_done"  # a rep set at your own pace is done
    NEXT = "next"
    PREVIOUS = "previous"
    RESTART = "restart"
    ADD_TIME = "add_time"
    REMOVE_TIME = "remove_time"
    STOP = "stop"  # asks first while the session runs
    TOGGLE_FOCUS_MODE = "toggle_focus_mode"
    BACK_TO_LIST = "back_to_list"
    REPEAT = "repeat"  # the routine just done, again
    TOGGLE_GUIDE = "toggle_guide"  # the exercise's instructions and safety note
    OPEN_JUMP_LIST = "open_jump_list"
    CLOSE_JUMP_LIST = "close_jump_list"
    JUMP_TO_SELECTED = "jump_to_selected"  # the exercise chosen in the jump list
    OPEN_ROUTINES_FOLDER = "open_routines_folder"
    OPEN_HISTORY = "open_history"  # the history page (H)
    CLOSE_HISTORY = "close_history"  # back to the page the history was opened from
    NEW_ROUTINE = "new_routine"  # the routine editor, on an empty routine
    OPEN_ROUTINE_FILE = "open_routine_file"  # run a routine file without installing it
    IMPORT_ROUTINES = "import_routines"  # files into the user's folder
    SAVE_COPY = "save_copy"  # the selected routine's file, written where the person says
    EDIT_SELECTED = "edit_selected"
    DUPLICATE_SELECTED = "duplicate_selected"
    DELETE_SELECTED = "delete_selected"  # a user routine, kept aside for undo
    UNDO_DELETE = "undo_delete"
    EDIT_REMINDERS = "edit_reminders"  # the selected routine's reminder dialog
    TOGGLE_MINI_TIMER = "toggle_mini_timer"  # the small always-on-top window


@dataclass(frozen=True)
class KeyContext:
    """What decides a key's meaning, besides the key."""

    page: Page
    overlay_open: bool = False  # the ? overlay is showing
    full_screen: bool = False  # focus mode, or the window is full screen anyway
    searching: bool = False  # the routine search holds text
    manual_set: bool = False  # the segment in progress is a rep set at your own pace
    jump_list_open: bool = False  # the jump list is showing (it takes the keys it types)


# Keys that mean the same wherever they work (the table's pages say where that is).
_EVERYWHERE: dict[Action, Intent] = {
    Action.HELP: Intent.TOGGLE_SHORTCUTS,
    Action.QUIT: Intent.QUIT,
    Action.MUTE: Intent.TOGGLE_MUTE,
    Action.SETTINGS: Intent.OPEN_SETTINGS,
}

_ON_PAGE: dict[tuple[Page, Action], Intent] = {
    (Page.PICKER, Action.TOGGLE): Intent.START_SELECTED,
    (Page.PICKER, Action.ENTER): Intent.START_SELECTED,
    (Page.PICKER, Action.SEARCH): Intent.FOCUS_SEARCH,
    (Page.WORKOUT, Action.TOGGLE): Intent.TOGGLE_PAUSE,
    (Page.WORKOUT, Action.NEXT): Intent.NEXT,
    (Page.WORKOUT, Action.PREVIOUS): Intent.PREVIOUS,
    (Page.WORKOUT, Action.RESTART): Intent.RESTART,
    (Page.WORKOUT, Action.ADD_TIME): Intent.ADD_TIME,
    (Page.WORKOUT, Action.REMOVE_TIME): Intent.REMOVE_TIME,
    (Page.WORKOUT, Action.ESCAPE): Intent.STOP,
    (Page.WORKOUT, Action.FOCUS): Intent.TOGGLE_FOCUS_MODE,
    (Page.WORKOUT, Action.GUIDE): Intent.TOGGLE_GUIDE,
    (Page.WORKOUT, Action.JUMP): Intent.OPEN_JUMP_LIST,
    (Page.WORKOUT, Action.MINI_TIMER): Intent.TOGGLE_MINI_TIMER,
    (Page.SUMMARY, Action.MINI_TIMER): Intent.TOGGLE_MINI_TIMER,
    (Page.PICKER, Action.OPEN_FOLDER): Intent.OPEN_ROUTINES_FOLDER,
    (Page.SUMMARY, Action.ENTER): Intent.BACK_TO_LIST,
    (Page.SUMMARY, Action.ESCAPE): Intent.BACK_TO_LIST,
    (Page.SUMMARY, Action.RESTART): Intent.REPEAT,
    (Page.PICKER, Action.HISTORY): Intent.OPEN_HISTORY,
    (Page.SUMMARY, Action.HISTORY): Intent.OPEN_HISTORY,
    (Page.HISTORY, Action.ESCAPE): Intent.CLOSE_HISTORY,
    (Page.PICKER, Action.EDIT): Intent.EDIT_SELECTED,
    (Page.PICKER, Action.DUPLICATE): Intent.DUPLICATE_SELECTED,
    (Page.PICKER, Action.DELETE): Intent.DELETE_SELECTED,
    (Page.PICKER, Action.UNDO): Intent.UNDO_DELETE,
    (Page.PICKER, Action.SAVE_COPY): Intent.SAVE_COPY,
    (Page.PICKER, Action.REMINDERS): Intent.EDIT_REMINDERS,
    **{(page, action): intent for page in MENU_PAGES for action, intent in (
        (Action.NEW_ROUTINE, Intent.NEW_ROUTINE),
        (Action.OPEN_FILE, Intent.OPEN_ROUTINE_FILE),
        (Action.IMPORT, Intent.IMPORT_ROUTINES))},
}


_IN_JUMP_LIST: dict[Action, Intent] = {
    Action.ESCAPE: Intent.CLOSE_JUMP_LIST,
    Action.JUMP: Intent.CLOSE_JUMP_LIST,
    Action.ENTER: Intent.JUMP_TO_SELECTED,
    Action.QUIT: Intent.QUIT,
}


def intent_for(action: Action, context: KeyContext) -> Intent | None:
    """What ``action``'s key does in ``context``; None when it does nothing there."""
    if context.jump_list_open:
        # The jump list's filter takes the letters; of the window's keys only these act, so
        # a key meant for the list never skips or stops the workout behind it.
        return _IN_JUMP_LIST.get(action)
    if action is Action.ESCAPE:
        # Esc closes what is nearest first: the overlay, then full screen, then the page's.
        if context.overlay_open:
            return Intent.HIDE_SHORTCUTS
        if context.full_screen:
            return Intent.LEAVE_FULL_SCREEN
        if context.page is Page.PICKER:
            return Intent.CLEAR_SEARCH if context.searching else None
    if action is Action.ENTER and context.page is Page.WORKOUT:
        return Intent.MARK_DONE if context.manual_set else None
    if action in _EVERYWHERE:
        return _EVERYWHERE[action]
    return _ON_PAGE.get((context.page, action))
