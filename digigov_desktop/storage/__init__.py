"""SQLite persistence through sqlite-utils. The only layer that knows table names."""
