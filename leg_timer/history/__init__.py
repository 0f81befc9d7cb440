"""Workout history: what was done, kept in SQLite, and what the routines advise next (Qt-free)."""
