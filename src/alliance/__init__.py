"""Alliance: AI for mental-health practices, under the clinician's control."""

__version__ = "0.1.0"
