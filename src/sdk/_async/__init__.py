"""The awaitable job layer, and the source of the blocking one.

`jobs.py` here is written once; `scripts/unasync.py` derives `sdk._sync.jobs` from it (drop
`async`/`await`, `AsyncX` -> `X`, `sdk._async` -> `sdk._sync`), and CI fails when the derived
module is stale. What cannot be derived that way is written per form, under the same module
name in both packages: `primitives` (sleeping, interrupts, shielding) and `batch` (the engine
here; the blocking entry to it there).
"""
