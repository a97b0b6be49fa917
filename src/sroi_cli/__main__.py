"""Run the CLI as `python -m sroi_cli`."""

from sroi_cli.cli import main

main()
