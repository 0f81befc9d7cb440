"""The Qt-free heart of Leg Timer: routine files, plans and the session state machine.

Nothing in this package may import Qt (a test enforces it), so everything here runs and is
tested without a display, at thousands of simulated seconds per real second.
"""
