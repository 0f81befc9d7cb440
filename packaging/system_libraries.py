"""The libraries the Linux bundle never carries: the user's system provides them.

packaging/leg-timer.spec drops every library that PyInstaller collects at the top of the
bundle (where it puts libraries from the build machine's system) whose file name starts with
one of these prefixes, whatever the build machine happens to have installed. A copy from the
build machine would come first on the library path and clash with what the system loads
around it: GL drivers need the system's libstdc++, the GTK theme plugin the system's GTK and
GLib, the PulseAudio client should match the sound server, fontconfig its configuration files.

The list is kept by Debian package, as the .deb's Depends name them
(packaging/linux/runtime-packages.txt) plus what those pull in, and the desktop libraries
that a Qt plugin loads only where the desktop has them: the GTK 3 stack, which only Qt's GTK
platform-theme plugin links. With GTK installed on the build machine (it comes with any GNOME
desktop and with the Orca screen reader) PyInstaller would otherwise follow that plugin into
libgtk-3, libgdk-3 and libatspi (11 MB). The plugin itself stays: where the system has GTK it
loads it and the app follows the GTK theme and dialogs; where it has none, the plugin fails to
load, quietly, and Qt uses its own style.

Less common libraries of the Depends (the xcb-util family, xcb-cursor, the Speech Dispatcher
client) and Kerberos (QtNetwork) are left in the bundle on purpose: the tar archive also runs
on systems without them. tests/packaging/test_system_libraries.py checks the rule against what
Qt's plugins link; tests/packaging/test_bundle.py checks the built bundle.

Plain Python with no imports: the spec (run by PyInstaller) and the tests load it by path.
"""

# Debian package -> file name prefixes (lower case) of the libraries it ships.
SYSTEM_LIBRARIES: dict[str, tuple[str, ...]] = {
    # The C++ and compiler run time: GL drivers and GTK load the system's.
    "libstdc++6": ("libstdc++.so",),
    "libgcc-s1": ("libgcc_s.so",),
    # OpenGL and EGL through glvnd (libgl1, libegl1): the GPU driver's own. PyInstaller
    # leaves these out by itself too.
    "libgl1": ("libgl.so",),
    "libglx0": ("libglx.so",),
    "libglvnd0": ("libgldispatch.so",),
    "libegl1": ("libegl.so",),
    "libdrm2": ("libdrm.so",),
    # X11 (libx11-6, libxkbcommon0 are Depends) and what they pull in.
    "libx11-6": ("libx11.so",),
    "libx11-xcb1": ("libx11-xcb.so",),
    "libxcb1": ("libxcb.so",),
    "libxau6": ("libxau.so",),
    "libxdmcp6": ("libxdmcp.so",),
    "libxext6": ("libxext.so",),
    "libxrender1": ("libxrender.so",),
    "libxkbcommon0": ("libxkbcommon.so",),
    "libbsd0": ("libbsd.so",),
    "libmd0": ("libmd.so",),
    # Fonts (libfontconfig1, libfreetype6).
    "libfontconfig1": ("libfontconfig.so",),
    "libfreetype6": ("libfreetype.so",),
    "libexpat1": ("libexpat.so",),
    "libpng16-16": ("libpng16.so",),
    "zlib1g": ("libz.so",),
    "libbrotli1": ("libbrotli",),
    "libbz2-1.0": ("libbz2.so",),
    # D-Bus (libdbus-1-3) and what libdbus and libsystemd pull in.
    "libdbus-1-3": ("libdbus-1.so",),
    "libsystemd0": ("libsystemd.so",),
    "libgcrypt20": ("libgcrypt.so",),
    "libgpg-error0": ("libgpg-error.so",),
    "liblz4-1": ("liblz4.so",),
    "libzstd1": ("libzstd.so",),
    "liblzma5": ("liblzma.so",),
    "libcap2": ("libcap.so",),
    # GLib (libglib2.0-0): QtCore's event loop.
    "libglib2.0-0": ("libglib-2.0.so", "libgio-2.0.so", "libgobject-2.0.so",
                     "libgmodule-2.0.so", "libgthread-2.0.so"),
    "libffi8": ("libffi.so",),
    "libpcre2-8-0": ("libpcre2-8.so",),
    "libmount1": ("libmount.so",),
    "libblkid1": ("libblkid.so",),
    "libselinux1": ("libselinux.so",),
    # Sound (libpulse0): the client should match the sound server.
    "libpulse0": ("libpulse.so", "libpulse-simple.so", "libpulsecommon-"),
    "libsndfile1": ("libsndfile.so",),
    "libflac12": ("libflac.so",),
    "libvorbis0a": ("libvorbis",),
    "libogg0": ("libogg.so",),
    "libopus0": ("libopus.so",),
    "libmpg123-0": ("libmpg123.so",),
    "libmp3lame0": ("libmp3lame.so",),
    "libasyncns0": ("libasyncns.so",),
    # Wayland (libwayland-client0, libwayland-cursor0, libwayland-egl1): the compositor's.
    "libwayland-client0": ("libwayland-client.so",),
    "libwayland-cursor0": ("libwayland-cursor.so",),
    "libwayland-egl1": ("libwayland-egl.so",),
    "libwayland-server0": ("libwayland-server.so",),
    # The GTK 3 stack: only the GTK platform-theme plugin links it (see above).
    "libgtk-3-0": ("libgtk-3.so", "libgdk-3.so"),
    "libatk1.0-0": ("libatk-1.0.so",),
    "libatk-bridge2.0-0": ("libatk-bridge-2.0.so",),
    "libatspi2.0-0": ("libatspi.so",),
    "libcairo2": ("libcairo.so",),
    "libcairo-gobject2": ("libcairo-gobject.so",),
    "libpango-1.0-0": ("libpango-1.0.so",),
    "libpangocairo-1.0-0": ("libpangocairo-1.0.so",),
    "libpangoft2-1.0-0": ("libpangoft2-1.0.so",),
    "libgdk-pixbuf-2.0-0": ("libgdk_pixbuf",),
    "libharfbuzz0b": ("libharfbuzz",),
    "libfribidi0": ("libfribidi.so",),
    "libthai0": ("libthai.so",),
    "libdatrie1": ("libdatrie.so",),
    "libgraphite2-3": ("libgraphite2.so",),
    "libpixman-1-0": ("libpixman",),
    "libjpeg62-turbo": ("libjpeg.so",),
    "libepoxy0": ("libepoxy.so",),
    "libxi6": ("libxi.so",),
    "libxfixes3": ("libxfixes.so",),
    "libxcomposite1": ("libxcomposite.so",),
    "libxdamage1": ("libxdamage.so",),
    "libxcursor1": ("libxcursor.so",),
    "libxinerama1": ("libxinerama.so",),
    "libxrandr2": ("libxrandr.so",),
    "libcolord2": ("libcolord.so",),
    "liblcms2-2": ("liblcms2.so",),
    "libcups2": ("libcups.so",),
    "libcloudproviders0": ("libcloudproviders.so",),
    "libtracker-sparql-3.0-0": ("libtracker-sparql",),
}

SYSTEM_LIBRARY_PREFIXES: tuple[str, ...] = tuple(
    prefix for prefixes in SYSTEM_LIBRARIES.values() for prefix in prefixes)


def is_system_library(file_name: str) -> bool:
    """Whether a library of this file name (``libgtk-3.so.0``) comes from the user's system."""
    return file_name.lower().startswith(SYSTEM_LIBRARY_PREFIXES)
