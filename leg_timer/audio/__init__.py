"""Cues the person hears: the cue player (QtMultimedia), the voice (QtTextToSpeech), the cue
output that turns session events into both, and the speech-engine probe.

``preferences`` is Qt-free data; the players load their Qt modules only after the first paint.
"""
