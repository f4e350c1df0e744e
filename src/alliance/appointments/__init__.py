"""Appointments: scheduled and completed sessions with a client."""
