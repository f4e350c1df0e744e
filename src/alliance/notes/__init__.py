"""Clinical documentation: transcription of session audio and dictation, then note drafting.

Kept light on purpose: the speech libraries load inside `alliance.notes.transcription`, not here.
"""
