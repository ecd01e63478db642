"""DigiGov Desktop core: framework, evaluation store, scoring, signing. No Qt here."""

__version__ = "0.1.0"
