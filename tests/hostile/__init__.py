"""Hostile and broken input (issue 6), tried through the command line."""
