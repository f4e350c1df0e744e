"""Versioned consent documents and each client's decisions, per feature."""
