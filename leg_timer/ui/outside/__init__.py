"""Reaching the person outside the main window: the tray icon, notifications, the media keys,
the always-on-top mini timer and practice reminders."""
