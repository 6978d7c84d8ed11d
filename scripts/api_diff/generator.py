"""What the pinned generator (openapi-python-client 0.29.1, scripts/codegen) makes of a document.

The differ judges a change by what users of the generated SDK see: function and module names,
Python types, model classes. These are the generator's rules as far as they matter here
(tests/api_diff/test_generator.py pins them, and test_generated_equivalence.py checks the
no-op kinds by regenerating both documents):

- Function and module names are the operationId made a snake_case identifier (characters that
  are not letters, digits or `. _-` dropped; words split at `. _-` and at capitals; a reserved
  word gets a trailing `_`); without an operationId, `<method>_<path>`. The API module (and
  class) comes from the first tag the same way, `default` without tags.
- A string's Python type depends on its `format` for four values only: `date-time`
  (datetime), `date` (date), `uuid` (UUID) and `binary` (an upload `File`); every other format
  (`uri`, `email`, `password`, `path`, ...) is a plain `str`. Integers and numbers are `int` and
  `float` whatever their format. The pipeline gives `format: binary` to a string with a
  non-textual `contentMediaType` and no `contentEncoding` (scripts/codegen/prepare_spec.py),
  so both spellings of an upload field are the same `File`.
- A component schema becomes a class (a module in `models/`) when it is, or inlines, an
  object (`type: object`, `allOf`, or properties without a type) or an enum, or when it is
  only a `$ref` to such a component (a copy). A string, number, array or union of those is
  written inline wherever it is used: no class exists. Every such component gets its class,
  used by an operation or not, named after its `title` (else its name) in PascalCase, so
  `Body_upload_file` and `Body_uploadFile` are the same class `BodyUploadFile`.
"""

from __future__ import annotations

import builtins
import keyword
import re
from typing import Any

from .documents import Document, JsonObject, as_object

FIELD_PREFIX = "field_"  # the generator's default prefix for names that are not identifiers
_DELIMITERS = ". _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}
_STRING_FORMATS = {
    "date-time": "datetime.datetime",
    "date": "datetime.date",
    "uuid": "UUID",
    "binary": "File",
}
_SCALARS = {"integer": "int", "number": "float", "boolean": "bool"}
_TEXTUAL_MEDIA = ("text/", "application/json")


def _words(value: str) -> tuple[str, list[str]]:
    """The characters the generator keeps of a name, and the words it sees in them."""
    kept = "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    spaced = kept
    if any(c.isupper() for c in kept):
        spaced = " ".join(re.split("([A-Z]?[a-z]+)", kept))
    return kept, re.findall(f"[^{re.escape(_DELIMITERS)}]+", spaced)


def _unreserved(name: str) -> str:
    return name + "_" if name in _RESERVED or keyword.iskeyword(name) else name


def python_identifier(value: str) -> str:
    """The snake_case identifier the generator derives from an operationId or a tag."""
    kept, words = _words(value)
    name = _unreserved("_".join(words).lower())
    if not name.isidentifier() or kept.startswith("_"):
        name = FIELD_PREFIX + name
    return name


def class_name(name: str, schema: Any) -> str:
    """The class a component schema becomes: its title (else its name) in PascalCase."""
    title = as_object(schema).get("title")
    _, words = _words(title if isinstance(title, str) and title else name)
    pascal = _unreserved("".join(word if word.isupper() else word.capitalize() for word in words))
    return pascal if pascal.isidentifier() else _unreserved(FIELD_PREFIX.capitalize() + pascal)


def function_name(operation_id: str | None, method: str, path: str) -> str:
    """The generated module and function name of an operation (id already normalised)."""
    if operation_id is not None:
        return python_identifier(operation_id)
    unsafe = path.replace("{", "").replace("}", "").replace("/", "_").strip("_")
    return python_identifier(f"{method}_{unsafe}")


def api_module(tag: str | None) -> str:
    """The generated API package (and class) an operation lands in: its first tag."""
    return python_identifier("default" if tag is None else tag)


def effective_format(schema: JsonObject) -> str | None:
    """The `format` the generator reads, after the pipeline's contentMediaType adjustment."""
    declared = schema.get("format")
    if isinstance(declared, str):
        return declared
    types = schema.get("type")
    is_string = types == "string" or (isinstance(types, list) and "string" in types)
    media = schema.get("contentMediaType")
    if (
        is_string
        and isinstance(media, str)
        and not media.startswith(_TEXTUAL_MEDIA)
        and "contentEncoding" not in schema
    ):
        return "binary"
    return None


def scalar_type(types: frozenset[str] | None, schema: JsonObject) -> str | None:
    """The Python type `format` leads to, for the JSON types given; None when none applies."""
    if types is None:
        return None  # no type: the generator writes `Any` and reads no format
    names = sorted(_SCALARS[kind] for kind in types if kind in _SCALARS)
    if "string" in types:
        names.append(_STRING_FORMATS.get(effective_format(schema) or "", "str"))
    return " | ".join(names) or None


def declares_classes(schema: Any, doc: Document, seen: frozenset[str] = frozenset()) -> bool:
    """Whether a component schema makes the generator write a class (see the module docstring)."""
    node = as_object(schema)
    ref = node.get("$ref")
    if isinstance(ref, str):
        # A component that only refers to another is a copy of it: a class if that one is.
        found = doc.lookup(ref)
        return (
            found is not None and ref not in seen and declares_classes(found[0], doc, seen | {ref})
        )
    enum = node.get("enum")
    if isinstance(enum, list) and any(value is not None for value in enum):
        return True
    all_of = node.get("allOf")
    if isinstance(all_of, list) and all_of:
        return not (len(all_of) == 1 and "$ref" in as_object(all_of[0]))
    types = node.get("type")
    if types == "object" or (types is None and isinstance(node.get("properties"), dict)):
        return True
    if isinstance(types, list) and "object" in types:
        return True  # `type: [object, null]` is a union whose object member is a class
    members: list[Any] = [node.get("items")]
    for key in ("anyOf", "oneOf", "prefixItems"):
        listed = node.get(key)
        members += listed if isinstance(listed, list) else []
    # Only inline members count: a referenced one has its own class (or none).
    inlined = [m for m in members if isinstance(m, dict) and "$ref" not in m]
    return any(declares_classes(member, doc, seen) for member in inlined)
