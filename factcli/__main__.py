"""`python -m factcli` runs the command line (through the hot path for plain asks)."""

from factcli.fastpath import main

main()
