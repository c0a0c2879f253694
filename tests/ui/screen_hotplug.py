"""Screens plugged in, unplugged and changed while the app runs, on Qt's offscreen platform.

The offscreen platform reads its screens from a config file at start-up; its
``setConfiguration`` (reached through the platform's native interface, here with ctypes)
replaces them later, and Qt then sends its own ``screenAdded``, ``screenRemoved`` and
``geometryChanged``, in its own order, as a projector switched on or Win+P would. For use in a
process started with ``QT_QPA_PLATFORM=offscreen:configfile=...``, after the QGuiApplication.
A screen at 150 % is ``"logicalDpi": 144, "logicalBaseDpi": 96`` (``dpr`` alone does not scale).
Linux only: it loads ``libQt6Core.so.6`` and calls Itanium-mangled C++ names, so the tests that
use it carry ``pytest.mark.skipif(sys.platform != "linux", ...)``.
"""

from __future__ import annotations

import ctypes
import json
import os

import PySide6

_LIB = os.path.join(os.path.dirname(PySide6.__file__), "Qt", "lib")


def screen(name: str, x: int, width: int, height: int, *, scale: float = 1.0) -> dict:
    """One screen of the config, ``x`` pixels from the left, at ``scale`` (1.5: 150 %)."""
    return {"name": name, "x": x, "y": 0, "width": width, "height": height,
            "logicalDpi": round(96 * scale), "logicalBaseDpi": 96, "dpr": 1}


def set_screens(screens: list[dict]) -> None:
    """The screens from now on, as the config file's ``screens`` list."""
    core = ctypes.CDLL(os.path.join(_LIB, "libQt6Core.so.6"))
    gui = ctypes.CDLL(os.path.join(_LIB, "libQt6Gui.so.6"))
    data = _byte_array(core, json.dumps({"screens": screens}).encode())
    # a QJsonDocument and a QJsonObject each hold one pointer; never freed: bytes, in a test
    document, config = ctypes.create_string_buffer(16), ctypes.create_string_buffer(16)
    _call(core._ZN13QJsonDocument8fromJsonERK10QByteArrayP15QJsonParseError,
          ctypes.addressof(document), ctypes.addressof(data), None)
    _call(core._ZNK13QJsonDocument6objectEv, ctypes.addressof(config), ctypes.addressof(document))
    set_configuration, interface = _integration_resource(core, gui, b"setConfiguration")
    ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(set_configuration)(
        ctypes.addressof(config), interface)


def _byte_array(core: ctypes.CDLL, text: bytes) -> ctypes.Array:
    made = ctypes.create_string_buffer(64)  # room for a QByteArray (24 bytes in Qt 6)
    _call(core._ZN10QByteArrayC1EPKcx, ctypes.addressof(made), text, len(text))
    return made


def _call(function, *pointers) -> None:
    """A C++ function whose arguments are pointers (or a length): ctypes' default would pass a
    Python int as a 32-bit int, cutting an address in half."""
    function.argtypes = [ctypes.c_void_p] * len(pointers)
    function.restype = None
    function(*pointers)


def _integration_resource(core: ctypes.CDLL, gui: ctypes.CDLL, name: bytes) -> tuple[int, int]:
    """The platform native interface's ``nativeResourceForIntegration(name)``, and the
    interface: a virtual call, its slot found by the base class's own entry in its vtable."""
    platform_interface = gui._ZN15QGuiApplication23platformNativeInterfaceEv
    platform_interface.restype = ctypes.c_void_p
    interface = platform_interface()
    base_table = ctypes.addressof(
        ctypes.c_void_p.in_dll(gui, "_ZTV24QPlatformNativeInterface")) + 16  # past the RTTI
    base_entry = ctypes.cast(
        gui._ZN24QPlatformNativeInterface28nativeResourceForIntegrationERK10QByteArray,
        ctypes.c_void_p).value
    slot = next(i for i in range(64)
                if ctypes.c_void_p.from_address(base_table + 8 * i).value == base_entry)
    entry = ctypes.c_void_p.from_address(ctypes.c_void_p.from_address(interface).value
                                         + 8 * slot).value
    resource = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(entry)
    key = _byte_array(core, name)  # kept: a temporary would be freed before the call
    found = resource(interface, ctypes.addressof(key))
    if not found:
        raise RuntimeError("this Qt's offscreen platform cannot change its screens")
    return found, interface
