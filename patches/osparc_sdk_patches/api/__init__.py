"""Per-tag API classes: the generated operations plus what a generator cannot write."""
