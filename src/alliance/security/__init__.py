"""Passwords, sessions and tokens, MFA, authorization, field encryption and the audit log."""
