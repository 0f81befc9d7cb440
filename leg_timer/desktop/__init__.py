"""The desktop around the window: keeping the screen awake (one module per platform), one
running instance and the hand-over of a second start's launch request, the clocks the driver
reads, and the PySide6 reference-count workaround.
"""
