"""Backups and restores: the database (SQLite online backup, PostgreSQL pg_dump), the job queue, the audit
checkpoints and audio, with a manifest; the keyring exported apart, encrypted under a passphrase."""
