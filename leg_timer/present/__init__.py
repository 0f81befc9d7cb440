"""Qt-free text for people: the countdown's words, routine descriptions, the shortcut table.

Nothing here imports Qt (a test enforces it), so the words on screen are checked without a
window, and the command line and the docs can use the same tables.
"""
