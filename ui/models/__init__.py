"""Models of the DigiGov Desktop window."""
