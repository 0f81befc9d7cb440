"""Cues the person hears: the cue player (QtMultimedia) and the silent one that stands in where
no sound server runs, the voice (QtTextToSpeech), the cue output that turns session events into
both, and the speech-engine probe.

``preferences`` (data) and ``silent`` are Qt-free; the players load their Qt modules only after
the first paint. Nothing here imports the UI: the cue output follows any ``SessionFeed``.
"""
