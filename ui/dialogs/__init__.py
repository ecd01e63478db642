"""Dialogs of the DigiGov Desktop window."""
