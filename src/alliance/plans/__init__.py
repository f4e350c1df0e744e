"""Treatment plans: problems, goals, measurable objectives, interventions; signing, amendments, progress
computed from measures and homework logs, templates, PDF and FHIR (docs/plans.md).
"""
