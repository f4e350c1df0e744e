"""The pre-session brief: what happened since a client's last session, from the records."""
