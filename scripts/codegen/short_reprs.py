"""What the generated models print: the data of the short-repr change of postprocess.py.

A model people print (in a shell, a log line, a test failure) shows what they need to
recognise it: a name, a version, a state, the start of an id. attrs' repr shows every field,
nested models in full, and the tokens of the models that carry them. So the models named here
get a `__repr__` that calls `short_repr` (added to the generated `types.py`) with the listed
fields; every field stays in `to_dict()`. An empty list prints the class name only: the token
models, whose fields must never be printed. Models not named here keep attrs' repr, except the
free-form mappings (no declared field), which print the mapping itself.
"""

from __future__ import annotations

#: Generated class name -> the fields its repr shows, in order.
SHORT_REPR_FIELDS: dict[str, tuple[str, ...]] = {
    "FileMeta": ("filename", "id"),
    "UserFile": ("filename", "filesize"),
    "Job": ("id", "name"),
    "JobStatus": ("state", "progress"),
    "JobInputs": ("values",),
    "JobOutputs": ("job_id", "results"),
    "JobMetadata": ("job_id", "metadata"),
    "JobLog": ("job_id", "messages"),
    "Solver": ("id", "version"),
    "SolverPort": ("key", "kind"),
    "Study": ("uid", "title"),
    "StudyPort": ("key", "kind"),
    "Profile": ("login", "role"),
    "UsersGroup": ("gid", "label"),
    "WalletGetWithAvailableCreditsLegacy": ("wallet_id", "name", "available_credits"),
    "Meta": ("name", "version"),
    "LogLink": ("node_name",),
    "TokenPair": ("token_type", "expires_in", "refresh_expires_in"),
    "RefreshRequest": (),
    "RevokeRequest": (),
}

#: The helper that the reprs call, added to the generated types.py before its `__all__`.
#: It needs `Enum` and `UUID`, which postprocess.py imports there too.
SHORT_REPR_HELPER = '''\
# CHANGED: the short repr of the main models
def short_repr(model: object, *fields: str) -> str:
    """`Name(field=value, ...)` for the given fields: unset and null ones left out, ids
    shortened to their first 8 characters, enums by value. The whole model is in to_dict()."""
    shown = []
    for name in fields:
        value = getattr(model, name)
        if value is None or isinstance(value, Unset):
            continue
        if isinstance(value, UUID):
            text = f"{str(value)[:8]}…"
        elif isinstance(value, Enum):
            text = str(value.value)
        else:
            text = repr(value)
        shown.append(f"{name}={text}")
    return f"{type(model).__name__}({', '.join(shown)})"


'''
