"""Observability: Prometheus metrics, liveness and readiness, JSON logs with request ids (never PHI)."""
