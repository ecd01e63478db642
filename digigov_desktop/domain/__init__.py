"""Pure domain model: framework, evaluation entities, scoring, readiness, payload."""
