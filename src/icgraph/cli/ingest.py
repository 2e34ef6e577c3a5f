"""CLI commands (ingest)."""

COMMANDS: list = []
