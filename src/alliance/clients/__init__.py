"""Client profiles, caseloads, supervision, export and erasure."""
