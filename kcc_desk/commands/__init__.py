"""Headless subcommands of ``kcc-desk``."""
