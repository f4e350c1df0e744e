"""The between-session companion: the clinician's plan per client, the library, and exercises as forms."""
