"""Classify every difference between two OpenAPI 3.x documents as BREAKING or COMPATIBLE.

    scripts/api_diff.py OLD NEW [--format text|json]      (exit 0 / 1 breaking / 2 usage)

As a package: `diff(old, new) -> Report` on parsed documents, `load(path)`, `main(argv)`.

The question asked is the one users of the generated SDK feel: does code written against the
SDK generated from OLD still work against the SDK generated from NEW and the server behind it?
What the client SENDS (parameters, request bodies) must still be accepted; what it RECEIVES
(responses) must still be understood; and the names and Python types the generator writes
must stay. A schema change is judged by where the schema is used (classify.py has the table):

    change                                      in a request    in a response
    property removed (1)                        BREAKING        BREAKING
    new optional property or parameter          compatible      compatible
    new required property or parameter         BREAKING        compatible
    optional -> required                        BREAKING        compatible
    required -> optional                        compatible      BREAKING
    becomes nullable (`anyOf [X, null]`)        compatible      BREAKING
    no longer nullable                          BREAKING        compatible
    type changed, generated type changed (2)    BREAKING        BREAKING
    format changed, same generated type (2)     compatible      compatible
    enum value removed (3)                      BREAKING        BREAKING
    enum value added                            compatible      BREAKING
    union (anyOf/oneOf/type list) gains member  compatible      BREAKING
    union loses a member                        BREAKING        compatible
    narrower constraint (4)                     BREAKING        compatible
    looser constraint                           compatible      BREAKING

(1) Also in requests: the generated model or function loses the argument that callers pass.
(2) Any change of the set of JSON types (integer <-> number included). `format`,
    `contentMediaType` and `contentEncoding` count only through the Python type the generator
    derives from them (generator.py): `uuid`, `date`, `date-time`, `binary` (or a non-textual
    contentMediaType) change it; `uri`, `email`, `password`, `path`, ... stay `str`. A `type`
    list that only gains (request) or only loses (response) types follows the union rows.
(3) Also in responses: the generated enum class loses a member that client code may name.
(4) maxLength/maxItems/maxProperties/maximum lowered or added; their min* twins raised or
    added (exclusive bounds included); `pattern` added or changed; `multipleOf` added or changed
    to a value that does not divide the old one; `uniqueItems` turned on; `additionalProperties`
    restricted (absent/true > a schema > false); an `enum` appearing. The reverse is looser.

Operations are matched by method + path, else by operationId (a moved operation). BREAKING: a
removed operation, a changed path or method, a changed generated function name (operationId)
or API class (first tag), a parameter removed, an optional parameter made required, a
changed parameter serialisation (style/explode), a request body added as required, removed, or
made required, a request content type no longer accepted, a removed or added success (1xx-3xx)
status, a removed response content type or header, a security alternative removed, a removed
component schema that operations used (its generated class disappears) or that is still
referenced (a dangling `$ref`).
COMPATIBLE: a new operation, optional parameter or optional body, a new error status (and a
removed one: documentation only), a new content type, a new security alternative, deprecation,
a new component schema, removing a schema no operation used.
NOT REPORTED (the generated code is the same): summaries, descriptions, titles, examples,
defaults, servers, `anyOf` vs `oneOf`, a `$ref` to a string/number/array schema vs the same
schema inline, the addition or removal of a component that never becomes a generated class
(a string, number, array or union schema), and operationIds that differ only in spelling:
FastAPI's long default ids (`get_file_v0_files__file_id__get`), the one known alias
(`get_jobs_page` = `list_jobs_paginated`), and ids the generator turns into the same name
(`getFile` = `get_file`). See documents.py and generator.py.

The package, one concern a module:
    documents.py            loading, `$ref` resolution, operations, operationId normalisation
    schemas.py              schema normalisation (refs, allOf, null spellings) and schema facts
    generator.py            what the pinned generator makes of names, formats and components
    compare_schemas.py      differences between two schemas, each with its effect
    compare_operations.py   differences between two documents, operation by operation
    compare_messages.py     ... in what one operation sends and receives
    classify.py             effect + where used -> BREAKING or COMPATIBLE
    report.py               the changes as text and as JSON (read by check_breaking.sh)
    cli.py                  the command line

Locations read like `GET /v0/files/{file_id} response 200 .items[].checksum`: `.name` a
property, `[]` array items, `{*}` additionalProperties, `<Name>` a union member.
"""

from .cli import main
from .compare_operations import diff
from .documents import UsageError, load
from .report import Change, Report, Severity

__all__ = ["Change", "Report", "Severity", "UsageError", "diff", "load", "main"]
