"""CLI commands (network)."""

COMMANDS: list = []
