"""The ``leg-timer`` command line: list, plan, validate and run routines."""
