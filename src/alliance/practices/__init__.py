"""Practices (tenants) and their settings."""
