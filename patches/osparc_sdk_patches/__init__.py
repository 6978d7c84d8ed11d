"""Hand-written behaviour layered over `osparc_sdk_generated`, module for module.

Every module here has a twin of the same path in `generated/osparc_sdk_generated`: `client.py` wraps
the generated client (auth, retries, the error hook), `errors.py` the generated errors,
`api/<tag>/__init__.py` the generated per-tag classes (pagination, transfers), and
`_operations.py` the generated table of operations (which requests may be sent again).

A behaviour with a sync and an async form is written once, as a generator that yields its steps
(`types.Flow`); `types.SYNC` and `types.ASYNC` hold the few primitives in which the two forms
differ, and drive it. The retry loop, uploads and downloads are written that way.
"""
