"""Use cases over the store, the framework, reports and signing. The UI and CLI call these."""
