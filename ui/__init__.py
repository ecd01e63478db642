"""Qt front end of DigiGov Desktop. All Qt code lives under this package."""
