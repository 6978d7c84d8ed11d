"""scripts/codegen/postprocess.py: each change to the generator's output, and its refusal.

The inputs are written in the shape of openapi-python-client 0.29.1's formatted output (the
pieces each edit anchors on). The edited code is executed where that says more than its text:
the request a `_get_kwargs` builds, the repr a model prints. That the edits reproduce the
committed generated/ exactly from the stock templates is checked by `regen.sh --check`
(test_regen.py); that the changed behaviour reaches the server, by test_generator_quirks.py.
"""

from __future__ import annotations

import ast
import textwrap
import uuid
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from codegen_kit import load_codegen_module

pp: ModuleType = load_codegen_module("postprocess")


class Unset:
    def __bool__(self) -> bool:
        return False


UNSET = Unset()


class Thing:
    def to_dict(self) -> dict[str, Any]:
        return {"a": 1}


class Upload:
    def to_multipart(self) -> list[Any]:
        return []


TYPES = """\
from collections.abc import Mapping
from http import HTTPStatus
from typing import Literal


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
"""


def _types_namespace(text: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    exec(compile(text, "types.py", "exec"), namespace)
    return namespace


def test_unset_prints_as_unset_and_the_short_repr_helper_is_added() -> None:
    edited = pp.edit_types(TYPES)
    ns = _types_namespace(edited)
    assert repr(ns["UNSET"]) == "UNSET"
    assert "short_repr" in ns["__all__"]

    class Color(Enum):
        RED = "red"

    class Thing:
        id = uuid.UUID("12345678-9abc-4def-8123-456789abcdef")
        color = Color.RED
        name = "x"
        gone = None
        unset = ns["UNSET"]

    text = ns["short_repr"](Thing(), "id", "color", "name", "gone", "unset")
    assert text == "Thing(id=12345678…, color=red, name='x')"


def test_stock_types_is_left_alone_without_the_edit() -> None:
    ns = _types_namespace(TYPES)
    assert repr(ns["UNSET"]).startswith("<")  # the object address the edit replaces


@pytest.mark.parametrize(
    ("anchor", "change"),
    [
        ("class Unset:\n", pp.UNSET_REPR),
        ("from http import HTTPStatus\n", pp.SHORT_REPRS),
        ('"Response", "Unset"]', pp.SHORT_REPRS),
    ],
)
def test_types_without_an_anchor_is_refused_naming_the_change(anchor: str, change: str) -> None:
    text = TYPES.replace(anchor, anchor.replace("Unset", "Unsett").replace("http", "htttp"))
    with pytest.raises(pp.EditError) as caught:
        pp.edit_types(text)
    message = str(caught.value)
    assert message.startswith("types.py: ")
    assert repr(change) in message
    assert "adapt the edit" in message


def _model(name: str, fields: str, tail: str = "") -> str:
    return (
        "from __future__ import annotations\n\n"
        "from typing import Any\n\n"
        "from attrs import define as _attrs_define\n"
        "from attrs import field as _attrs_field\n\n\n"
        "@_attrs_define\n"
        f"class {name}:\n"
        f"{textwrap.indent(textwrap.dedent(fields), '    ')}\n"
        "    def to_dict(self) -> dict[str, Any]:\n"
        "        return {}\n"
        f"{tail}"
    )


JOB_FIELDS = """\
id: str
name: str
secret: str
"""


def _run_model(text: str, name: str) -> Any:
    """Execute a model module, `from ..types import short_repr` taken from the edited types."""
    types_ns = _types_namespace(pp.edit_types(TYPES))
    source = text.replace("from ..types import short_repr\n", "")
    namespace: dict[str, Any] = {"short_repr": types_ns["short_repr"]}
    exec(compile(source, "model.py", "exec"), namespace)
    return namespace[name]


def test_a_table_model_gets_the_short_repr_of_its_fields() -> None:
    edited = pp.edit_model(_model("Job", JOB_FIELDS), "models/job.py")
    assert "from ..types import short_repr\n" in edited
    job_cls = _run_model(edited, "Job")
    assert repr(job_cls(id="j1", name="sleeper", secret="s3cr3t")) == "Job(id='j1', name='sleeper')"


def test_an_empty_field_list_prints_the_class_name_only() -> None:
    table = {"TokenPair": ()}
    edited = pp.edit_model(_model("TokenPair", "access_token: str\n"), "m.py", table)
    pair_cls = _run_model(edited, "TokenPair")
    assert repr(pair_cls(access_token="t0ken")) == "TokenPair()"


def test_a_free_form_model_prints_its_mapping() -> None:
    fields = "additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)\n"
    edited = pp.edit_model(_model("Values", fields), "models/values.py")
    assert "short_repr" not in edited
    values_cls = _run_model(edited, "Values")
    values = values_cls()
    values.additional_properties = {"x": 1}
    assert repr(values) == "Values({'x': 1})"


def test_other_models_and_enums_are_left_alone() -> None:
    other = _model("Other", "a: int\n")
    assert pp.edit_model(other, "models/other.py") == other
    enum = "from enum import Enum\n\n\nclass Kind(str, Enum):\n    A = 'a'\n"
    assert pp.edit_model(enum, "models/kind.py") == enum


def test_a_table_field_the_model_lacks_is_refused() -> None:
    with pytest.raises(pp.EditError, match=r"models/job\.py: .*short reprs.*Job has no field name"):
        pp.edit_model(_model("Job", "id: str\n"), "models/job.py")


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (
            lambda t: t.replace("define as _attrs_define\n", "define as _attrs_define  # x\n"),
            "once",
        ),
        (lambda t: t + "\n\nX = 1\n", "not the one class at the end"),
        (lambda t: t + "\n    def __repr__(self) -> str:\n        return ''\n", "already has"),
    ],
)
def test_a_model_of_another_shape_is_refused(mutate: Any, problem: str) -> None:
    with pytest.raises(pp.EditError, match=problem) as caught:
        pp.edit_model(mutate(_model("Job", JOB_FIELDS)), "models/job.py")
    assert repr(pp.SHORT_REPRS) in str(caught.value)


# The shape of the stock from_dict of a model with a nullable text field (`note`), a nullable
# reference to another model (`owner`) and a list of enum values (`kinds`, converted).
PARSED_MODEL = """\
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.owner import Owner


@_attrs_define
class Thing:
    note: None | str | Unset = UNSET
    owner: None | Owner | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.owner import Owner

        owner = self.owner.to_dict() if isinstance(self.owner, Owner) else self.owner
        return {"note": self.note, "owner": owner}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.owner import Owner

        d = dict(src_dict)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_owner(data: object) -> None | Owner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                return Owner.from_dict(data)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Owner | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        thing = cls(note=note, owner=owner)
        return thing
"""


def _run_parsed_model(text: str) -> tuple[Any, Any]:
    """Execute the model module with `..types` and `..models.owner` standing in as globals."""

    class Owner:
        def __init__(self, name: str) -> None:
            self.name = name

        @classmethod
        def from_dict(cls, data: dict[str, Any]) -> Owner:
            return cls(data["name"])

        def to_dict(self) -> dict[str, Any]:
            return {"name": self.name}

    for statement in ("from ..types import UNSET, Unset", "from ..models.owner import Owner"):
        assert statement in text
        text = text.replace(statement, "pass")
    namespace: dict[str, Any] = {"UNSET": UNSET, "Unset": Unset, "Owner": Owner}
    exec(compile(text, "thing.py", "exec"), namespace)
    return namespace["Thing"], Owner


def test_a_union_read_as_it_comes_is_not_parsed_and_others_still_are() -> None:
    edited = pp.edit_parsing(PARSED_MODEL, "models/thing.py")
    assert "_parse_note" not in edited
    assert 'note = d.pop("note", UNSET)\n' in edited
    assert "_parse_owner" in edited  # it converts: left as it is
    thing_cls, owner_cls = _run_parsed_model(edited)
    thing = thing_cls.from_dict({"note": None, "owner": {"name": "ann"}})
    assert thing.note is None
    assert isinstance(thing.owner, owner_cls)
    assert thing.owner.name == "ann"
    assert thing_cls.from_dict({"note": "hi"}).note == "hi"
    assert thing_cls.from_dict({}).note is UNSET


def test_a_model_without_such_code_is_left_alone() -> None:
    plain = _model("Other", "a: int\n")
    assert pp.edit_parsing(plain, "models/other.py") == plain


def test_an_as_is_parser_called_otherwise_is_refused_naming_the_change() -> None:
    twisted = PARSED_MODEL.replace(
        'note = _parse_note(d.pop("note", UNSET))', 'note = [_parse_note(d.pop("note", UNSET))]'
    )
    with pytest.raises(pp.EditError, match=r"models/thing\.py: .*not parsed.*_parse_note"):
        pp.edit_parsing(twisted, "models/thing.py")


def _endpoint(parameters: str, headers: str, body: str, kwargs_extra: str = "") -> str:
    return (
        "from typing import Any\n\n"
        "import httpx\n\n"
        "from ...client import AuthenticatedClient, Client\n"
        "from ...types import Response, Unset\n\n\n"
        "def _get_kwargs(\n"
        "    *,\n"
        f"{textwrap.indent(textwrap.dedent(parameters), '    ')}"
        ") -> dict[str, Any]:\n"
        "    headers: dict[str, Any] = {}\n"
        f"{textwrap.indent(textwrap.dedent(headers), '    ')}\n"
        "    _kwargs: dict[str, Any] = {\n"
        '        "method": "post",\n'
        '        "url": "/v0/things",\n'
        "    }\n\n"
        f"{textwrap.indent(textwrap.dedent(body), '    ')}"
        f"{kwargs_extra}"
        '    _kwargs["headers"] = headers\n'
        "    return _kwargs\n"
    )


JSON_BODY = """\
if not isinstance(body, Unset):
    _kwargs["json"] = body.to_dict()

headers["Content-Type"] = "application/json"

"""

HEADERS = """\
if not isinstance(parent_id, Unset):
    headers["x-parent-id"] = parent_id

headers["x-count"] = str(count)

headers["x-node"] = node

if not isinstance(flag, Unset):
    headers["x-flag"] = "true" if flag else "false"

"""

HEADER_PARAMETERS = """\
count: int,
node: None | UUID,
parent_id: None | Unset | UUID = UNSET,
flag: bool | Unset = UNSET,
"""


def _get_kwargs(text: str) -> Any:
    """The module's `_get_kwargs`, run with the names the generated module imports."""
    assert "from ...types import" in text
    source = "\n".join(
        line for line in text.splitlines() if not line.startswith(("from ...", "import httpx"))
    )
    namespace: dict[str, Any] = {
        "Unset": Unset,
        "UNSET": UNSET,
        "UUID": uuid.UUID,
        "Thing": Thing,
        "Upload": Upload,
    }
    exec(compile(source, "endpoint.py", "exec"), namespace)
    return namespace["_get_kwargs"]


def test_headers_are_sent_as_text_and_unset_or_none_are_dropped() -> None:
    edited = pp.edit_endpoint(_endpoint(HEADER_PARAMETERS, HEADERS, ""), "api/t/op.py")
    # The stock code puts a UUID into the headers (httpx raises TypeError on it).
    stock = _get_kwargs(_endpoint(HEADER_PARAMETERS, HEADERS, ""))
    parent, node = uuid.uuid4(), uuid.uuid4()
    assert stock(count=1, node=node, parent_id=parent)["headers"]["x-parent-id"] is parent

    get_kwargs = _get_kwargs(edited)
    sent = get_kwargs(count=3, node=node, parent_id=parent, flag=True)["headers"]
    assert sent == {
        "x-count": "3",
        "x-node": str(node),
        "x-parent-id": str(parent),
        "x-flag": "true",
    }
    httpx.Headers(sent)  # all text: httpx takes them
    assert get_kwargs(count=3, node=None, parent_id=None)["headers"] == {"x-count": "3"}
    assert get_kwargs(count=3, node=None)["headers"] == {"x-count": "3"}
    # A guard was added to the required nullable header: Unset must be imported.
    assert "from ...types import Unset\n" in edited


def test_a_header_set_in_an_unknown_shape_is_refused() -> None:
    odd = 'for value in [count]:\n    headers["x-count"] = value\n'
    with pytest.raises(pp.EditError, match="a header is set in a shape") as caught:
        pp.edit_endpoint(_endpoint("count: int,\n", odd, ""), "api/t/op.py")
    assert repr(pp.TEXT_HEADERS) in str(caught.value)


def test_an_optional_body_left_unset_is_not_sent() -> None:
    text = _endpoint("body: Thing | Unset = UNSET,\n", "", JSON_BODY)
    edited = pp.edit_endpoint(text, "api/t/op.py")
    assert "from ...types import UNSET\n" in edited
    stock_kwargs = _get_kwargs(text)()
    assert stock_kwargs["headers"] == {"Content-Type": "application/json"}

    kwargs = _get_kwargs(edited)()
    assert "json" not in kwargs
    assert kwargs["headers"] == {}


def test_a_json_body_given_as_none_is_sent_as_null() -> None:
    body = 'if isinstance(body, Thing):\n    _kwargs["json"] = body.to_dict()\nelse:\n'
    body += '    _kwargs["json"] = body\n\nheaders["Content-Type"] = "application/json"\n\n'
    text = _endpoint("body: None | Thing,\n", "", body)
    edited = pp.edit_endpoint(text, "api/t/op.py")
    assert "body is UNSET" not in edited  # the body is required

    stock = _get_kwargs(text)
    assert stock(body=None)["json"] is None  # httpx would send no body at all
    get_kwargs = _get_kwargs(edited)
    kwargs = get_kwargs(body=None)
    assert "json" not in kwargs
    assert kwargs["content"] == b"null"
    assert get_kwargs(body=Thing())["json"] == {"a": 1}


def test_a_required_non_null_body_is_left_alone() -> None:
    text = _endpoint("body: Thing,\n", "", '_kwargs["json"] = body.to_dict()\n\n')
    text = text.replace(
        '    _kwargs["headers"]', '    headers["Content-Type"] = "a/b"\n\n    _kwargs["headers"]'
    )
    assert pp.edit_endpoint(text, "api/t/op.py") == text


MULTIPART_BODY = """\
_kwargs["files"] = body.to_multipart()

headers["Content-Type"] = "multipart/form-data; boundary=+++"

"""


def test_multipart_bodies_leave_the_boundary_to_httpx() -> None:
    text = _endpoint("body: Upload,\n", "", MULTIPART_BODY)
    assert "boundary=+++" in text
    edited = pp.edit_endpoint(text, "api/files/upload.py")
    assert "boundary" not in edited
    assert "Content-Type" not in edited
    assert '_kwargs["files"] = body.to_multipart()\n\n    _kwargs["headers"] = headers\n' in edited
    ast.parse(edited)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (MULTIPART_BODY.replace("+++", "---"), "unexpected multipart Content-Type"),
        (MULTIPART_BODY.replace("multipart/form-data; boundary=+++", "a/b"), "1 multipart body"),
    ],
)
def test_a_multipart_body_of_another_shape_is_refused(body: str, problem: str) -> None:
    with pytest.raises(pp.EditError, match=problem) as caught:
        pp.edit_endpoint(_endpoint("body: Upload,\n", "", body), "api/files/upload.py")
    assert repr(pp.MULTIPART) in str(caught.value)
    assert "api/files/upload.py" in str(caught.value)


@pytest.mark.parametrize(
    ("anchor", "change"),
    [
        ('    _kwargs["headers"] = headers\n', pp.UNSET_BODY),
        ("from ...client import AuthenticatedClient, Client\n", pp.UNSET_BODY),
    ],
)
def test_a_body_edit_without_its_anchor_is_refused(anchor: str, change: str) -> None:
    text = _endpoint("body: Thing | Unset = UNSET,\n", "", JSON_BODY).replace(anchor, "")
    with pytest.raises(pp.EditError, match="found it 0 time") as caught:
        pp.edit_endpoint(text, "api/t/op.py")
    assert repr(change) in str(caught.value)


def test_a_module_without_get_kwargs_is_refused() -> None:
    with pytest.raises(pp.EditError, match="no function _get_kwargs"):
        pp.edit_endpoint("def sync() -> None: ...\n", "api/t/op.py")


def test_the_command_fails_naming_the_change(tmp_path: Path, capsys: Any) -> None:
    package = tmp_path / "pkg"
    (package / "api" / "t").mkdir(parents=True)
    (package / "types.py").write_text(TYPES, encoding="utf-8")
    (package / "api" / "t" / "op.py").write_text(
        _endpoint("body: Upload,\n", "", MULTIPART_BODY.replace("+++", "xyz")), encoding="utf-8"
    )
    assert pp.main(["--config", str(tmp_path / "unused.yaml"), str(package)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("postprocess: api/t/op.py: cannot apply the change")
    assert repr(pp.MULTIPART) in error


def test_a_package_whose_models_all_stay_unchanged_is_refused(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "types.py").write_text(TYPES, encoding="utf-8")
    renamed = _model("Job", JOB_FIELDS).replace("_attrs_define", "define")
    (tmp_path / "models" / "job.py").write_text(renamed, encoding="utf-8")
    with pytest.raises(pp.EditError, match="no model module got a repr") as caught:
        pp.edit_package(tmp_path)
    assert repr(pp.SHORT_REPRS) in str(caught.value)
    (tmp_path / "types.py").write_text(TYPES, encoding="utf-8")  # edited by the first call
    (tmp_path / "models" / "job.py").write_text(_model("Job", JOB_FIELDS), encoding="utf-8")
    assert pp.edit_package(tmp_path) == 2  # types.py and models/job.py
    assert "short_repr" in (tmp_path / "models" / "job.py").read_text(encoding="utf-8")


def test_a_body_without_its_content_type_is_refused() -> None:
    body = JSON_BODY.replace('headers["Content-Type"] = "application/json"', "pass")
    with pytest.raises(pp.EditError, match="no Content-Type statement"):
        pp.edit_endpoint(_endpoint("body: Thing | Unset = UNSET,\n", "", body), "api/t/op.py")


def test_a_package_without_types_is_refused(tmp_path: Path) -> None:
    with pytest.raises(pp.EditError, match=r"no types\.py"):
        pp.edit_package(tmp_path)
