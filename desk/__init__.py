"""The triage desk: clinic staff review the completed self-checks (Django)."""
