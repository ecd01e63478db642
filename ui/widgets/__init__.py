"""Widgets of the DigiGov Desktop window."""
