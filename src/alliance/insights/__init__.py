"""Insights: outcomes of finished courses, clients not on track, and every rate broken down by client group.

Stable interfaces for the other parts of insights (AI quality, the demo practice, the browser tests):

- `groups.rates_by_group(rows, *, group, min_size=10, kind="rate") -> GroupTable`: a 0/1 outcome (or, with
  kind="mean", a number) per row, broken down by one group key; each group's count, rate, 95% interval, the rest of
  the practice's rate, the gap with its interval, `flagged` when that interval excludes 0; small groups suppressed.
  Rows are mappings ({group: value, "outcome": 0/1}) or (group value, outcome) pairs; a value may be a list.
- `groups.GROUPS`: [(key, label)] of the group keys: language, country, age_band, gender, ethnicity,
  sexual_orientation, practice_group.
- `groups.client_groups(session, practice_id) -> {client_id: {group_key: value}}`: each client's group values
  (birth date and demographics decrypted in memory).
- `service.scope_clients(session, actor, clinician_id=None) -> Select`: a query of the ids of the clients an actor's
  insights cover (admin: practice; supervisor: own and supervisees' clients; clinician: own caseload).
- `commands.app`: the `alliance insights` Typer group (AI quality adds `insights ai` to it).
- templates/insights_tabs.html: the Outcomes | AI quality tab bar (context: `tab` = "outcomes" or "ai").
"""
