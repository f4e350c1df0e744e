"""Intake: referrals in (self, staff, FHIR), triage by versioned rules with every reason shown, a waitlist."""
