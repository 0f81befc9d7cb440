"""WORKAROUND for shiboken6 6.12 on CPython 3.11 dropping references to None, True and False.

In this build every call of a Qt method returning void hands back ``None`` without a new
reference, and ``Signal.emit`` does the same with ``True``. On CPython 3.12+ these objects
are immortal and nothing happens; on 3.11 each call takes one reference away, and after a few
thousand calls (a minute of a workout) the interpreter aborts with "Fatal Python error:
none_dealloc" (or bool_dealloc). :func:`protect` checks whether the running binding has the
bug and, only then, gives the three singletons so many spare references that they can never
reach zero: in effect what 3.12 does. Run by ``leg_timer/ui/__init__.py`` so importing any UI
module applies it before the first Qt call of note.
"""

from __future__ import annotations

import sys

_SPARE_REFERENCES = 1 << 48  # about 10^14 calls; the counter has room for 2^63
_PROBE_CALLS = 64


def _lost(obj: object, call: object) -> bool:
    """Whether calling ``call`` repeatedly takes references to ``obj`` away."""
    assert callable(call)
    before = sys.getrefcount(obj)
    for _ in range(_PROBE_CALLS):
        call()
    return sys.getrefcount(obj) <= before - _PROBE_CALLS // 2


def binding_drops_references() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        poked = Signal()

    probe = _Probe()
    dropped = _lost(None, lambda: probe.setObjectName("probe"))
    dropped = _lost(True, probe.poked.emit) or dropped
    return dropped


def protect() -> bool:
    """Make None, True and False safe from the binding's bug; True if it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not binding_drops_references():
        return False
    import ctypes  # only on an affected binding: keeps start-up lean elsewhere

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object, at the object's address.
        counter = ctypes.c_ssize_t.from_address(id(singleton))
        if counter.value < _SPARE_REFERENCES:  # once is enough (tests may have done it)
            counter.value += _SPARE_REFERENCES
    return True
