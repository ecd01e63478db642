"""Pages of the DigiGov Desktop window."""
