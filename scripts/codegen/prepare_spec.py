"""Copy an OpenAPI spec, adjusting what openapi-python-client 0.29.1 would misread.

Usage: python prepare_spec.py IN.json OUT.json

The committed openapi.json stays exactly what the server serves (key order included); only the
generator's input is adjusted, the same way on every run (so the output stays byte-stable).

First, names (spec_names.py): either style of the platform's operationIds, and its long
request-body model names, give the same modules, classes and methods.

Then binary strings. FastAPI writes an upload field (`UploadFile`) the OpenAPI 3.1
way, as `{"type": "string", "contentMediaType": "application/octet-stream"}`. The generator
only knows the 3.0 spelling `"format": "binary"`: it types the field `str` and sends
`str(value)` as a text/plain form field, so the server never sees a file. Such schemas get
`"format": "binary"`, which makes the field a `types.File` sent as a real file part.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from spec_names import load_aliases, normalise_names

ALIASES = Path(__file__).resolve().parent / "operation-aliases.txt"
_TEXTUAL = ("text/", "application/json")


def _is_binary_string(node: dict[str, Any]) -> bool:
    types = node.get("type")
    is_string = types == "string" or (isinstance(types, list) and "string" in types)
    media = node.get("contentMediaType")
    return (
        is_string
        and isinstance(media, str)
        and not media.startswith(_TEXTUAL)
        and "format" not in node
        and "contentEncoding" not in node
    )


def prepare(node: Any) -> int:
    """Adjust `node` in place; return how many schemas were changed."""
    changed = 0
    if isinstance(node, dict):
        if _is_binary_string(node):
            node["format"] = "binary"
            changed += 1
        for value in node.values():
            changed += prepare(value)
    elif isinstance(node, list):
        for value in node:
            changed += prepare(value)
    return changed


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, dest = Path(argv[0]), Path(argv[1])
    spec = json.loads(source.read_text(encoding="utf-8"))
    for note in normalise_names(spec, load_aliases(ALIASES)):
        print(f"prepare_spec: {note}", file=sys.stderr)
    changed = prepare(spec)
    dest.write_text(json.dumps(spec, indent=2) + "\n", encoding="utf-8")
    if changed:
        print(
            f"prepare_spec: {changed} binary string schema(s) given format: binary", file=sys.stderr
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
