"""Cues the person hears: the cue player (QtMultimedia) and the silent one that stands in where
no sound server runs, the voice (QtTextToSpeech), the cue output that turns session events into
both, and the speech-engine probe.

``preferences`` (data), ``silent`` and ``server_check`` are Qt-free. The real player and voice
run in helper processes, the audio hosts (``host``, started and watched through ``remote``), so
nothing that waits on the sound server or the speech engine runs in the window's process.
Nothing here imports the UI: the cue output follows any ``SessionFeed``.
"""
