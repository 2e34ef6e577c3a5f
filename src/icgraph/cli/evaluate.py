"""CLI commands (evaluate)."""

COMMANDS: list = []
