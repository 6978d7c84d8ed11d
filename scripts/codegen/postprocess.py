"""Our changes to openapi-python-client's output, made on the generated text after it ran.

Usage (with the tool virtualenv's python, see scripts/regen.sh):

    python postprocess.py --config config.yaml PACKAGE_DIR

The generator renders its stock templates as they ship, except the three that are designs of
our own (templates/: the per-tag API classes, the stand-in they hold for an operation module
until its first use in api/__init__.py, and the lazy models/__init__.py). Where we need
its output to differ, the change is made here, on the formatted output, by a named edit:

- "Unset prints as UNSET": models print `UNSET`, not an object address that changes from
  run to run;
- "short reprs of the main models" and "free-form models print their mapping": see
  short_reprs.py;
- "multipart bodies leave the boundary to httpx": the stock module sets
  `Content-Type: multipart/form-data; boundary=+++`, which corrupts any upload whose bytes
  contain `\\r\\n--+++`; without it httpx writes the header with a random boundary that
  matches the body it encodes;
- "an optional body left UNSET is not sent" (the stock code would send the sentinel);
- "a JSON body given as None is sent as null" (httpx sends no body at all for `json=None`,
  which the server reads as a missing body);
- "headers are sent as text, UNSET and None dropped": httpx refuses header values that are
  not text (a UUID raises TypeError), so every value goes through str() (booleans are
  already "true"/"false"), and an optional header that is UNSET or None is not sent.
- "a union read as it comes is not parsed": from_dict makes and calls a parse function per
  field per object for a union such as `None | str`, which returns its input unchanged; the
  field is read directly instead;

Each edit looks for exact pieces of the generator's (0.29.1) output and raises EditError
naming the change and the file when one is missing, so a generator upgrade that renders
differently stops the regeneration instead of silently dropping a fix. Afterwards the
generator's post-hooks (ruff, from config.yaml) run again over the package: an edit need not
format its code or sort its imports.
"""

from __future__ import annotations

import argparse
import ast
import os
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from short_reprs import SHORT_REPR_FIELDS, SHORT_REPR_HELPER

UNSET_REPR = "Unset prints as UNSET"
SHORT_REPRS = "short reprs of the main models"
MAPPING_REPRS = "free-form models print their mapping"
MULTIPART = "multipart bodies leave the boundary to httpx"
UNSET_BODY = "an optional body left UNSET is not sent"
NULL_BODY = "a JSON body given as None is sent as null"
TEXT_HEADERS = "headers are sent as text, UNSET and None dropped"
AS_IS_UNIONS = "a union read as it comes is not parsed"

STOCK_ALL = '__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]\n'
BOUNDARY_STATEMENT = 'headers["Content-Type"] = "multipart/form-data; boundary=+++"'
KWARGS_HEADERS = '    _kwargs["headers"] = headers\n'
CLIENT_IMPORT = "from ...client import AuthenticatedClient, Client\n"
ATTRS_IMPORT = "from attrs import define as _attrs_define\n"
BODY_KINDS = ("json", "data", "files", "content")  # the keys of _kwargs that carry a body


class EditError(Exception):
    """The generated text is not what one of our edits expects: the edit cannot be applied."""


def _error(change: str, where: str, problem: str) -> EditError:
    return EditError(
        f"{where}: cannot apply the change {change!r}: {problem}. The generator's output is not"
        " what scripts/codegen/postprocess.py expects (another generator version?): adapt the"
        " edit, do not drop it."
    )


def replace_once(text: str, old: str, new: str, *, change: str, where: str) -> str:
    """`text` with its one occurrence of `old` replaced; EditError if there is not exactly one."""
    count = text.count(old)
    if count != 1:
        raise _error(change, where, f"expected {old!r} once, found it {count} time(s)")
    return text.replace(old, new)


# --- types.py -----------------------------------------------------------------------------


def edit_types(text: str, where: str = "types.py") -> str:
    """Unset's repr, and the helper of the short reprs (with the imports it needs)."""
    text = replace_once(
        text,
        "class Unset:\n",
        "class Unset:\n    # CHANGED: a stable, readable repr\n    def __repr__(self) -> str:\n"
        '        return "UNSET"\n\n',
        change=UNSET_REPR,
        where=where,
    )
    text = replace_once(
        text,
        "from http import HTTPStatus\n",
        "from enum import Enum\nfrom http import HTTPStatus\nfrom uuid import UUID\n",
        change=SHORT_REPRS,
        where=where,
    )
    exports = STOCK_ALL.replace('"Unset"]', '"Unset", "short_repr"]')
    return replace_once(
        text, STOCK_ALL, SHORT_REPR_HELPER + exports, change=SHORT_REPRS, where=where
    )


# --- models/*.py --------------------------------------------------------------------------


def _is_attrs_model(node: ast.stmt) -> bool:
    return isinstance(node, ast.ClassDef) and any(
        isinstance(d, ast.Name) and d.id == "_attrs_define" for d in node.decorator_list
    )


def edit_model(
    text: str,
    where: str,
    fields_table: dict[str, tuple[str, ...]] = SHORT_REPR_FIELDS,
) -> str:
    """Add the short repr, or the mapping's repr, to a model module (others stay as they are)."""
    tree = ast.parse(text)
    models = [node for node in tree.body if _is_attrs_model(node)]
    if not models:
        return text  # an enum, or another module without a model
    cls = models[0]
    assert isinstance(cls, ast.ClassDef)
    fields = [
        node.target.id
        for node in cls.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    ]
    shown = fields_table.get(cls.name)
    if shown is not None:
        change = SHORT_REPRS
        missing = [name for name in shown if name not in fields]
        if missing:
            raise _error(change, where, f"{cls.name} has no field {', '.join(missing)}")
        text = replace_once(
            text,
            ATTRS_IMPORT,
            ATTRS_IMPORT + "from ..types import short_repr\n",
            change=change,
            where=where,
        )
        arguments = "".join(f', "{name}"' for name in shown)
        body = f"return short_repr(self{arguments})"
    elif fields == ["additional_properties"]:
        change = MAPPING_REPRS
        body = 'return f"{type(self).__name__}({self.additional_properties!r})"'
    else:
        return text
    if len(models) != 1 or tree.body[-1] is not cls or not text.endswith("\n"):
        raise _error(change, where, f"{cls.name} is not the one class at the end of its module")
    if any(isinstance(node, ast.FunctionDef) and node.name == "__repr__" for node in cls.body):
        raise _error(change, where, f"{cls.name} already has a __repr__")
    return text + f"\n    def __repr__(self) -> str:\n        {body}\n"


#: The statements of a parse function that returns its input unchanged, but the last one.
_AS_IS_GUARDS = (
    "if data is None:\n    return data",
    "if isinstance(data, Unset):\n    return data",
)


def _returns_input(func: ast.FunctionDef) -> bool:
    """Whether `func` is `def _parse_x(data)` returning `data` whatever it is (a union of
    types that need no conversion: its guards, then `return cast(..., data)`)."""
    if [a.arg for a in func.args.args] != ["data"] or not func.body:
        return False
    *guards, last = func.body
    if any(ast.unparse(guard) not in _AS_IS_GUARDS for guard in guards):
        return False
    return (
        isinstance(last, ast.Return)
        and isinstance(last.value, ast.Call)
        and isinstance(last.value.func, ast.Name)
        and last.value.func.id == "cast"
        and len(last.value.args) == 2
        and ast.unparse(last.value.args[1]) == "data"
    )


def edit_parsing(text: str, where: str) -> str:
    """A model's from_dict reads as-is unions directly. (The models a method refers to stay
    imported in the method, at every call: imported once after the class, they would all load
    with the first model that refers to them, which the first client pays at start-up.)"""
    tree = ast.parse(text)
    models = [node for node in tree.body if _is_attrs_model(node)]
    if not models:
        return text
    cls = models[0]
    assert isinstance(cls, ast.ClassDef)
    lines = text.splitlines(keepends=True)
    edits: list[tuple[int, int, str]] = []  # (first line, line after, new text), 0-based
    for method in cls.body:
        if not (isinstance(method, ast.FunctionDef) and method.name == "from_dict"):
            continue
        parsers = {
            func.name: func
            for func in method.body
            if isinstance(func, ast.FunctionDef) and _returns_input(func)
        }
        for node in method.body:
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                continue
            call = node.value
            if not (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id in parsers
                and len(call.args) == 1
            ):
                continue
            parser = parsers.pop(call.func.id)
            target = ast.get_source_segment(text, node.targets[0])
            source = ast.get_source_segment(text, call.args[0]) or ast.unparse(call.args[0])
            assert node.end_lineno is not None
            assert parser.end_lineno is not None
            edits.append(
                (node.lineno - 1, node.end_lineno, f"{' ' * node.col_offset}{target} = {source}\n")
            )
            edits.append((parser.lineno - 1, parser.end_lineno, ""))
        if parsers:
            raise _error(AS_IS_UNIONS, where, f"{', '.join(parsers)} not called once, as expected")
    if not edits:
        return text
    for start, end, new in sorted(edits, reverse=True):
        lines[start:end] = [new] if new else []
    return "".join(lines)


# --- api/<tag>/<operation>.py -------------------------------------------------------------


def _get_kwargs(text: str, change: str, where: str) -> ast.FunctionDef:
    for node in ast.parse(text).body:
        if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs":
            return node
    raise _error(change, where, "no function _get_kwargs")


def _parameters(func: ast.FunctionDef) -> dict[str, tuple[str, bool]]:
    """Parameter name -> (its annotation as text, whether it has a default)."""
    args = func.args
    positional = args.posonlyargs + args.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
    pairs = [
        *zip(positional, defaults + list(args.defaults), strict=True),
        *zip(args.kwonlyargs, args.kw_defaults, strict=True),
    ]
    return {
        arg.arg: (ast.unparse(arg.annotation) if arg.annotation else "", default is not None)
        for arg, default in pairs
    }


def _key(node: ast.AST, mapping: str) -> str | None:
    """The key of `mapping["key"] = ...` if `node` is such an assignment."""
    if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
        return None
    target = node.targets[0]
    if (
        isinstance(target, ast.Subscript)
        and isinstance(target.value, ast.Name)
        and target.value.id == mapping
        and isinstance(target.slice, ast.Constant)
        and isinstance(target.slice.value, str)
    ):
        return target.slice.value
    return None


def _assignments(func: ast.FunctionDef, mapping: str, key: str) -> list[ast.Assign]:
    found = [node for node in ast.walk(func) if _key(node, mapping) == key]
    return [node for node in found if isinstance(node, ast.Assign)]


def _import_from_types(text: str, names: str, change: str, where: str) -> str:
    # ruff (run afterwards) merges it with the module's other import from ...types.
    return replace_once(
        text,
        CLIENT_IMPORT,
        CLIENT_IMPORT + f"from ...types import {names}\n",
        change=change,
        where=where,
    )


def edit_body(text: str, where: str) -> str:
    """A single body: not sent when left UNSET; a JSON body of None is the literal `null`."""
    func = _get_kwargs(text, UNSET_BODY, where)
    content_types = _assignments(func, "headers", "Content-Type")
    sends = [a for kind in BODY_KINDS for a in _assignments(func, "_kwargs", kind)]
    if sends and not content_types:
        raise _error(UNSET_BODY, where, "a request body but no Content-Type statement")
    if len(content_types) != 1:
        return text  # no body, or several (each under `if isinstance(body, ...)`)
    if content_types[0] not in func.body:
        raise _error(UNSET_BODY, where, "the Content-Type of the one body is set inside a block")
    parameters = _parameters(func)
    if "body" not in parameters:
        raise _error(UNSET_BODY, where, "a request body but no parameter `body`")
    annotation, optional = parameters["body"]
    blocks = []
    if optional:
        blocks.append(
            "    if body is UNSET:\n"
            '        _kwargs.pop("json", None)\n'
            '        headers.pop("Content-Type", None)\n'
        )
    if _assignments(func, "_kwargs", "json") and "None" in annotation:
        blocks.append(
            '    if _kwargs.get("json", UNSET) is None:\n'
            '        del _kwargs["json"]\n'
            '        _kwargs["content"] = b"null"\n'
        )
    if not blocks:
        return text
    change = UNSET_BODY if optional else NULL_BODY
    text = replace_once(
        text, KWARGS_HEADERS, "".join(blocks) + KWARGS_HEADERS, change=change, where=where
    )
    return _import_from_types(text, "UNSET", change, where)


def edit_multipart(text: str, where: str) -> str:
    """Remove the hard-coded multipart Content-Type (and the blank line after it)."""
    func = _get_kwargs(text, MULTIPART, where)
    files = len(_assignments(func, "_kwargs", "files"))
    lines = text.splitlines(keepends=True)
    removed = 0
    for node in sorted(_assignments(func, "headers", "Content-Type"), key=lambda n: -n.lineno):
        value = node.value
        if not (isinstance(value, ast.Constant) and str(value.value).startswith("multipart/")):
            continue
        index = node.lineno - 1
        if node.end_lineno != node.lineno or lines[index].strip() != BOUNDARY_STATEMENT:
            raise _error(
                MULTIPART, where, f"unexpected multipart Content-Type: {lines[index].strip()!r}"
            )
        end = index + 2 if index + 1 < len(lines) and not lines[index + 1].strip() else index + 1
        del lines[index:end]
        removed += 1
    if removed != files:
        raise _error(
            MULTIPART,
            where,
            f"{files} multipart body(ies) but {removed} {BOUNDARY_STATEMENT!r} statement(s)",
        )
    return "".join(lines)


def _unset_guard(test: ast.expr) -> str | None:
    """`name` if `test` is `not isinstance(name, Unset)`."""
    if not (isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)):
        return None
    call = test.operand
    if (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id == "isinstance"
        and len(call.args) == 2
        and isinstance(call.args[0], ast.Name)
        and isinstance(call.args[1], ast.Name)
        and call.args[1].id == "Unset"
    ):
        return call.args[0].id
    return None


def edit_headers(text: str, where: str) -> str:
    """Every header value as text; an optional (or nullable) header only when it has a value."""
    func = _get_kwargs(text, TEXT_HEADERS, where)
    parameters = _parameters(func)
    lines = text.splitlines(keepends=True)
    rewrites: list[tuple[int, int, str]] = []
    needs_unset = False
    for statement in func.body:
        guard = None
        assign: ast.stmt = statement
        if isinstance(statement, ast.If) and not statement.orelse and len(statement.body) == 1:
            guard = _unset_guard(statement.test)
            if guard is not None:
                assign = statement.body[0]
        key = _key(assign, "headers")
        if key is None or key == "Content-Type":
            continue
        assert isinstance(assign, ast.Assign)
        if guard is not None:
            name = guard
        else:
            used = {
                n.id
                for n in ast.walk(assign.value)
                if isinstance(n, ast.Name) and n.id in parameters
            }
            if len(used) != 1:
                raise _error(TEXT_HEADERS, where, f"header {key!r} is not set from one parameter")
            name = used.pop()
        target = ast.get_source_segment(text, assign.targets[0])
        value = ast.get_source_segment(text, assign.value)
        if isinstance(assign.value, ast.Name) and assign.value.id == name:
            value = f"str({name})"  # no transform_header for this type: make it text here
        if guard is not None or "None" in parameters[name][0]:
            needs_unset = needs_unset or guard is None
            condition = f"not isinstance({name}, Unset) and {name} is not None"
            new = f"    if {condition}:\n        {target} = {value}\n"
        else:
            new = f"    {target} = {value}\n"
        assert statement.end_lineno is not None
        rewrites.append((statement.lineno - 1, statement.end_lineno, new))
    every = [node for node in ast.walk(func) if _key(node, "headers") not in (None, "Content-Type")]
    if len(every) != len(rewrites):
        raise _error(TEXT_HEADERS, where, "a header is set in a shape this edit does not know")
    for start, end, new in reversed(rewrites):
        lines[start:end] = [new]
    text = "".join(lines)
    return _import_from_types(text, "Unset", TEXT_HEADERS, where) if needs_unset else text


def edit_endpoint(text: str, where: str) -> str:
    # The body edit reads the Content-Type statements that the multipart edit removes.
    for edit in (edit_body, edit_multipart, edit_headers):
        text = edit(text, where)
    return text


# --- the package --------------------------------------------------------------------------


def edit_file(package: Path, path: Path) -> str | None:
    """The new text of `path` (a file of `package`), or None if no edit applies to it."""
    relative = path.relative_to(package)
    parts = relative.parts
    where = relative.as_posix()
    text = path.read_text(encoding="utf-8")
    if parts == ("types.py",):
        return edit_types(text, where)
    if len(parts) == 2 and parts[0] == "models" and parts[1] != "__init__.py":
        return edit_parsing(edit_model(text, where), where)
    if len(parts) == 3 and parts[0] == "api" and parts[2] != "__init__.py":
        return edit_endpoint(text, where)
    return None


def edit_package(package: Path) -> int:
    """Apply every edit to the package in place; the number of files changed."""
    if not (package / "types.py").is_file():
        raise _error(UNSET_REPR, package.name, "no types.py in the package")
    changed: list[Path] = []
    for path in sorted(package.rglob("*.py")):
        new = edit_file(package, path)
        if new is not None and new != path.read_text(encoding="utf-8"):
            path.write_text(new, encoding="utf-8")
            changed.append(path.relative_to(package))
    # A model edit that finds no model class changes nothing: make sure some model did change.
    models = [p for p in (package / "models").glob("*.py") if p.name != "__init__.py"]
    if models and not any(p.parts[0] == "models" for p in changed):
        raise _error(
            SHORT_REPRS, "models/", "no model module got a repr (no @_attrs_define class?)"
        )
    return len(changed)


def post_hooks(config: Path) -> list[str]:
    # The generator's own YAML reader, installed in the tool virtualenv only.
    from ruamel.yaml import YAML  # type: ignore[import-not-found,unused-ignore]

    hooks = YAML(typ="safe").load(config.read_text(encoding="utf-8")).get("post_hooks") or []
    return [str(hook) for hook in hooks]


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, required=True, help="the generator's config.yaml")
    parser.add_argument("package", type=Path, help="the generated package directory")
    args = parser.parse_args(argv)
    try:
        edit_package(args.package)
    except EditError as exc:
        print(f"postprocess: {exc}", file=sys.stderr)
        return 1
    # The same ruff that the generator ran: the one next to this python.
    env = {
        **os.environ,
        "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""),
    }
    for hook in post_hooks(args.config):
        proc = subprocess.run(  # noqa: S603  # the commands of our own config.yaml
            shlex.split(hook),
            cwd=args.package,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            output = proc.stdout + proc.stderr
            print(f"postprocess: post-hook failed: {hook}\n{output}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
