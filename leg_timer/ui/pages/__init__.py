"""The window's pages and dialogs: picker and routine details, countdown, summary, the
shortcut overlay and the settings dialog. Each only draws; the window decides."""
