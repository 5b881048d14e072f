"""`python -m factcli` runs the command line."""

from factcli.cli import main

main()
