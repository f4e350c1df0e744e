"""Users, roles, log-in, sessions, MFA and API tokens."""
