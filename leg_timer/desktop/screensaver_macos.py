"""Keeps the screen awake on macOS: an IOKit power assertion plus an ``NSProcessInfo`` activity,
so App Nap does not slow the session's timers while the window is covered.

macOS only: :func:`leg_timer.desktop.keep_awake.platform_inhibitor` imports it there and
nowhere else. Plain ctypes on the system frameworks, so the bundle needs no PyObjC. Importing
it elsewhere is harmless (and lets mypy check it on every platform); making one fails there.
"""

from __future__ import annotations

import ctypes

from leg_timer.desktop.inhibitor import Complaints
from leg_timer.metadata import metadata


class MacInhibitor:
    """An IOKit assertion against display sleep, plus an NSProcessInfo activity.

    The assertion keeps the display on; the activity (begun "user initiated") also stops
    App Nap from throttling the session's timers when the window is hidden or covered.
    objc_msgSend is called through one ctypes prototype per method shape: on arm64 a
    variadic call passes its arguments differently from what the methods expect.
    """

    _IOKIT = "/System/Library/Frameworks/IOKit.framework/IOKit"
    _CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
    _OBJC = "/usr/lib/libobjc.A.dylib"
    _kCFStringEncodingUTF8 = 0x08000100
    _kIOPMAssertionLevelOn = 255
    _kIOReturnSuccess = 0
    # NSActivityOptions from NSProcessInfo.h.
    _NSActivityIdleDisplaySleepDisabled = 1 << 40
    _NSActivityIdleSystemSleepDisabled = 1 << 20
    _NSActivityUserInitiated = 0x00FFFFFF | _NSActivityIdleSystemSleepDisabled

    def __init__(self) -> None:
        self._complain = Complaints()
        cf = ctypes.CDLL(self._CORE_FOUNDATION)
        self._cf_string_create = cf.CFStringCreateWithCString
        self._cf_string_create.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
        self._cf_string_create.restype = ctypes.c_void_p
        self._cf_release = cf.CFRelease
        self._cf_release.argtypes = [ctypes.c_void_p]
        self._cf_release.restype = None

        iokit = ctypes.CDLL(self._IOKIT)
        self._assertion_create = iokit.IOPMAssertionCreateWithName
        self._assertion_create.argtypes = [
            ctypes.c_void_p,  # CFStringRef assertion type
            ctypes.c_uint32,  # IOPMAssertionLevel
            ctypes.c_void_p,  # CFStringRef name, shown by `pmset -g assertions`
            ctypes.POINTER(ctypes.c_uint32),  # IOPMAssertionID *
        ]
        self._assertion_create.restype = ctypes.c_int32  # IOReturn
        self._assertion_release = iokit.IOPMAssertionRelease
        self._assertion_release.argtypes = [ctypes.c_uint32]
        self._assertion_release.restype = ctypes.c_int32

        objc = ctypes.CDLL(self._OBJC)
        objc.objc_getClass.argtypes = [ctypes.c_char_p]
        objc.objc_getClass.restype = ctypes.c_void_p
        objc.sel_registerName.argtypes = [ctypes.c_char_p]
        objc.sel_registerName.restype = ctypes.c_void_p
        self._objc = objc
        send = ctypes.cast(objc.objc_msgSend, ctypes.c_void_p).value
        if send is None:
            raise OSError("objc_msgSend not found")
        void_p = ctypes.c_void_p
        # id f(id, SEL): processInfo, retain
        self._send = ctypes.CFUNCTYPE(void_p, void_p, void_p)(send)
        # id f(id, SEL, NSActivityOptions, NSString *): beginActivityWithOptions:reason:
        self._send_begin = ctypes.CFUNCTYPE(void_p, void_p, void_p, ctypes.c_uint64, void_p)(
            send
        )
        # void f(id, SEL, id): endActivity:
        self._send_end = ctypes.CFUNCTYPE(None, void_p, void_p, void_p)(send)
        # void f(id, SEL): release
        self._send_void = ctypes.CFUNCTYPE(None, void_p, void_p)(send)

        self._assertion: int | None = None
        self._activity: int | None = None

    def inhibit(self, reason: str) -> None:
        kind = self._cf_string("PreventUserIdleDisplaySleep")
        name = self._cf_string(f"{metadata().display_name}: {reason}")
        try:
            assertion = ctypes.c_uint32(0)
            result = self._assertion_create(
                kind, self._kIOPMAssertionLevelOn, name, ctypes.byref(assertion)
            )
            if result == self._kIOReturnSuccess:
                self._assertion = assertion.value
            else:
                self._complain(
                    "IOPMAssertionCreateWithName failed (IOReturn %#x)", result & 0xFFFFFFFF
                )
            # A CFString is an NSString (toll-free bridged), so it serves as the reason.
            activity = self._send_begin(
                self._process_info(),
                self._selector(b"beginActivityWithOptions:reason:"),
                self._NSActivityUserInitiated | self._NSActivityIdleDisplaySleepDisabled,
                name,
            )
            if activity:
                # Returned autoreleased; hold our own reference until endActivity.
                self._activity = self._send(activity, self._selector(b"retain"))
            else:
                self._complain("NSProcessInfo beginActivityWithOptions:reason: failed")
        finally:
            self._cf_release(kind)
            self._cf_release(name)

    def release(self) -> None:
        if self._assertion is not None:
            result = self._assertion_release(self._assertion)
            self._assertion = None
            if result != self._kIOReturnSuccess:
                self._complain(
                    "IOPMAssertionRelease failed (IOReturn %#x)", result & 0xFFFFFFFF
                )
        if self._activity is not None:
            activity, self._activity = self._activity, None
            self._send_end(self._process_info(), self._selector(b"endActivity:"), activity)
            self._send_void(activity, self._selector(b"release"))

    def _cf_string(self, text: str) -> int:
        ref: int | None = self._cf_string_create(
            None, text.encode(), self._kCFStringEncodingUTF8
        )
        if not ref:
            raise MemoryError(f"CFStringCreateWithCString failed for {text!r}")
        return ref

    def _selector(self, name: bytes) -> int:
        selector: int = self._objc.sel_registerName(name)
        return selector

    def _process_info(self) -> int:
        process_info: int = self._send(
            self._objc.objc_getClass(b"NSProcessInfo"), self._selector(b"processInfo")
        )
        return process_info
