"""The blocking job layer: `jobs.py` is generated from `sdk._async.jobs` by `scripts/unasync.py`
(edit that one); `primitives` and `batch` are written by hand for this form."""
