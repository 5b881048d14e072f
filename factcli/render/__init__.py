"""Rendering: `records` turns results into plain data (for JSON and tables), `human`
draws them for a terminal with rich. Nothing here computes an answer."""
