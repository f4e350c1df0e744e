"""Secure messages between a client and their care team: people only, screened, encrypted, audited."""
