"""Hand-written behaviour layered over `sdk_generated`, module for module.

Every module here has a twin of the same path in `generated/sdk_generated`: `client.py` wraps
the generated client (auth, retries, the error hook), `errors.py` the generated errors, and
`api/<tag>/__init__.py` the generated per-tag classes (pagination, transfers).
"""
