"""The exception tree, and the one place where an HTTP response becomes an exception.

SdkError
 ├── ConfigurationError          missing or invalid settings (before any request)
 │    ├── MissingCredentialsError     no API key or secret anywhere settings are read
 │    └── InvalidHostError            a host that is not an http(s):// URL
 ├── InvalidInputError           arguments the SDK rejects before sending anything
 ├── TransferError               an upload or download that could not be completed
 ├── ApiError                    the server answered with an error status
 │    ├── BadRequestError             400 (and 413: RequestTooLargeError)
 │    ├── AuthenticationError         401
 │    ├── PaymentRequiredError        402
 │    ├── PermissionDeniedError       403
 │    ├── NotFoundError               404
 │    ├── ConflictError               409
 │    ├── ValidationError             422
 │    ├── RateLimitedError            429
 │    └── ServerError                 5xx
 ├── ApiConnectionError          the server could not be reached (after retries)
 │    └── ApiTimeoutError
 ├── UnexpectedResponseError     a response the SDK cannot understand
 ├── UncertainJobCreationError   a job creation whose outcome cannot be known (candidates named)
 └── NoResultsError, MultipleResultsError   get_only() on a listing
"""

from __future__ import annotations

import contextvars
import email.utils
import functools
import importlib
import inspect
import json
import os
import re
import time
import types
import typing
import uuid
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

__all__ = [
    "LAST_REQUEST_ID",
    "OPERATION",
    "REQUEST_ID_HEADER",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InvalidHostError",
    "InvalidInputError",
    "MissingCredentialsError",
    "MultipleResultsError",
    "NoResultsError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitedError",
    "RequestTooLargeError",
    "SdkError",
    "ServerError",
    "TransferError",
    "UncertainJobCreationError",
    "UnexpectedResponseError",
    "ValidationError",
    "api_operation",
    "checked_path",
    "checked_uuid",
    "error_for_response",
    "parse_retry_after",
    "redact_url",
    "request_id_of",
    "translating_errors",
]

SENSITIVE_QUERY = frozenset(
    {"signature", "token", "access_token", "api_key", "api_secret", "x-amz-signature"}
)
_MAX_BODY_IN_MESSAGE = 300


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date). Here, at the
    bottom of the imports, because both the errors (429) and the retry policy read it."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def redact_url(url: httpx.URL | str) -> str:
    """The URL without user info and with signature-like query values hidden."""
    parts = urlsplit(str(url))
    netloc = parts.netloc.rsplit("@", 1)[-1]
    query = urlencode(
        [
            (k, "REDACTED" if k.lower() in SENSITIVE_QUERY else v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
        ]
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


class SdkError(Exception):
    """Base of every exception this SDK raises on purpose."""


class ConfigurationError(SdkError):
    """The client cannot be configured: something is missing or invalid."""


class MissingCredentialsError(ConfigurationError):
    """No API key or no API secret in the arguments, the environment or the config file.

    `missing` names what is missing; `profile` and `config_file` say where the file was read,
    so that a front end (the command line) can give its own advice.
    """

    def __init__(
        self, message: str, *, missing: Sequence[str], profile: str, config_file: str
    ) -> None:
        super().__init__(message)
        self.missing = tuple(missing)
        self.profile = profile
        self.config_file = config_file


class InvalidHostError(ConfigurationError):
    """The host setting is not an http:// or https:// URL (`host` is the value given)."""

    def __init__(self, message: str, *, host: str) -> None:
        super().__init__(message)
        self.host = host


class InvalidInputError(SdkError, ValueError):
    """An argument was rejected before any request was sent."""


class TransferError(SdkError):
    """An upload or download failed; nothing partial is left at the destination."""


class UnexpectedResponseError(SdkError):
    """The server's answer did not have the shape the API promises."""

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        request_id: str | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.request_id = request_id
        parts = [f"{method} {url}"] if method and url else []
        parts += [f"request id {request_id}"] if request_id else []
        where = f" ({', '.join(parts)})" if parts else ""
        super().__init__(f"{message}{where}")


class UncertainJobCreationError(SdkError):
    """A job creation whose answer was lost, on a server that ignores idempotency keys, and
    the SDK cannot tell whether it created a job: `candidates` are the job ids that may be it
    (none when the platform shows none yet). Nothing was sent again, so there is no duplicate;
    check the candidates (and delete the ones you do not want) before creating the job again.
    """

    def __init__(self, reason: str, candidates: Sequence[uuid.UUID]) -> None:
        self.candidates = list(candidates)
        named = ", ".join(str(c) for c in self.candidates) or "none visible yet"
        super().__init__(
            f"cannot tell whether the job was created: {reason} (candidate jobs: {named})"
        )


class ApiConnectionError(SdkError):
    """The request could not reach the server, even after retrying."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        self.method = method
        self.url = url
        super().__init__(f"{message} ({method} {url})")


class ApiTimeoutError(ApiConnectionError):
    """The server did not answer in time, even after retrying."""


#: The response header in which the platform names each request (quoted in errors).
REQUEST_ID_HEADER = "x-request-id"


def request_id_of(response: httpx.Response | None) -> str | None:
    """The id the server gave the request of `response` (its X-Request-Id), if any."""
    return None if response is None else response.headers.get(REQUEST_ID_HEADER)


#: The class of each error status, as the subclasses of `ApiError` declare them.
_BY_STATUS: dict[int, type[ApiError]] = {}


class ApiError(SdkError):
    """The server answered with an error status; `messages` are its explanations, and
    `request_id` is the id the server gave the request (quote it when reporting a problem).

    Each subclass declares the status it stands for and its reason phrase
    (`class NotFoundError(ApiError, status=404, reason="Not found")`): those declarations are
    the table `error_for_response` reads, so a status and its class are written once."""

    status_code: int
    default_reason: ClassVar[str] = "Error"

    def __init_subclass__(
        cls, *, status: int | None = None, reason: str | None = None, **kwargs: Any
    ) -> None:
        super().__init_subclass__(**kwargs)
        if reason is not None:
            cls.default_reason = reason
        if status is not None:
            taken = _BY_STATUS.setdefault(status, cls)
            if taken is not cls:
                raise TypeError(f"status {status} is {taken.__name__}'s already")

    def __init__(
        self,
        status_code: int,
        messages: Sequence[str],
        *,
        method: str,
        url: str,
        support_id: str | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.request_id = request_id
        self.messages = list(messages)
        self.method = method
        self.url = url
        self.support_id = support_id
        self.body = body
        self.headers = dict(headers or {})
        super().__init__(self._describe())

    def _describe(self) -> str:
        reason = "; ".join(self.messages) or self.default_reason
        support = f" [support id {self.support_id}]" if self.support_id else ""
        where = f"({self.method} {self.url}" + (
            f", request id {self.request_id})" if self.request_id else ")"
        )
        return f"{self.status_code} {self.default_reason}: {reason}{support} {where}"


class BadRequestError(ApiError, status=400, reason="Bad request"):
    """The server could not take the request as sent (400)."""


class RequestTooLargeError(BadRequestError, status=413, reason="Request too large"):
    """The request's body is larger than the server accepts (413)."""


class AuthenticationError(ApiError, status=401, reason="Authentication failed"):
    """The credentials were refused, or have expired (401)."""


class PaymentRequiredError(ApiError, status=402, reason="Payment required"):
    """The wallet or the pricing plan does not cover the request (402)."""


class PermissionDeniedError(ApiError, status=403, reason="Permission denied"):
    """The user may not do this (403)."""


class NotFoundError(ApiError, status=404, reason="Not found"):
    """Nothing by that id or name, or nothing the user may see (404)."""


class ConflictError(ApiError, status=409, reason="Conflict"):
    """The request conflicts with the current state, e.g. starting a job twice (409)."""


class ValidationError(ApiError, status=422, reason="Invalid request"):
    """The server rejected the request's arguments (422)."""


class RateLimitedError(ApiError, status=429, reason="Too many requests"):
    """Too many requests in too short a time (429): `retry_after` says when to try again."""

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.headers.get("retry-after"))


class ServerError(ApiError, reason="Server error"):
    """The server failed (any 5xx)."""


def _class_for(status: int) -> type[ApiError]:
    """The class of an error status: the one declared for it, else `ServerError` (5xx) or
    `ApiError`."""
    return _BY_STATUS.get(status) or (ServerError if status >= 500 else ApiError)


_INVISIBLE_HTML = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def _text_snippet(text: str) -> str:
    """The readable part of a non-JSON body, e.g. a proxy's HTML error page: its title and
    visible text, without markup, scripts or styles."""
    title = _TITLE.search(text)
    visible = re.sub(r"<[^>]+>", " ", _INVISIBLE_HTML.sub(" ", text))
    if title is not None:
        visible = f"{title.group(1)} {visible.replace(title.group(1), ' ', 1)}"
    return re.sub(r"\s+", " ", visible).strip()


def _messages(body: Any, text: str) -> tuple[list[str], str | None]:
    """Readable messages from an ErrorGet body, FastAPI's `detail`, or any other body."""
    if isinstance(body, dict):
        raw = body.get("errors", body.get("detail"))
        support_id = body.get("support_id") if isinstance(body.get("support_id"), str) else None
        items = raw if isinstance(raw, list) else [raw] if raw is not None else []
        return [_message(item) for item in items], support_id
    snippet = _text_snippet(text)
    return ([snippet[:_MAX_BODY_IN_MESSAGE]] if snippet else []), None


def _message(item: Any) -> str:
    if isinstance(item, dict) and "msg" in item:
        loc = ".".join(str(p) for p in item.get("loc", []) if p not in ("body",))
        return f"{loc}: {item['msg']}" if loc else str(item["msg"])
    return str(item)


def error_for_response(response: httpx.Response) -> ApiError:
    """The typed exception for an error response (its body should have been read)."""
    try:
        text = response.text
    except httpx.ResponseNotRead:  # the body could not be read: the status tells enough
        text = ""
    try:
        body: Any = json.loads(text) if text else None
    except ValueError:
        body = None
    messages, support_id = _messages(body, text)
    status = response.status_code
    cls = _class_for(status)
    return cls(
        status,
        messages,
        method=response.request.method,
        url=redact_url(response.request.url),
        support_id=support_id,
        body=body if body is not None else text[:_MAX_BODY_IN_MESSAGE],
        headers={k.lower(): v for k, v in response.headers.items() if k.lower() == "retry-after"},
        request_id=request_id_of(response),
    )


class NoResultsError(SdkError, LookupError):
    """A lookup that needed one item found none."""


class MultipleResultsError(SdkError, LookupError):
    """A lookup that needed exactly one item found several."""


# -- generated calls: a response the models cannot read becomes UnexpectedResponseError ---------
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
_C = TypeVar("_C", bound=type)


def _raised_while_parsing(error: BaseException) -> bool:
    """True when the traceback passes through a generated model or response parser."""
    tb = error.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_globals.get("__name__", "").startswith("osparc_sdk_generated.models") or (
            frame.f_code.co_name == "_parse_response"
        ):
            return True
        tb = tb.tb_next
    return False


def _translated(name: str, error: Exception) -> Exception | None:
    from osparc_sdk_generated.errors import UnexpectedStatus

    request_id = LAST_REQUEST_ID.get()
    if isinstance(error, UnexpectedStatus):
        return UnexpectedResponseError(
            f"{name}: unexpected answer with status {error.status_code}", request_id=request_id
        )
    if isinstance(error, _PARSE_ERRORS) and _raised_while_parsing(error):
        return UnexpectedResponseError(
            f"{name}: the response does not match the API ({type(error).__name__}: {error})",
            request_id=request_id,
        )
    if isinstance(error, httpx.HTTPError):
        # The transport turns these into typed errors; one met elsewhere (a body that could not
        # be read after the retry loop) still must not reach the caller raw.
        try:
            method, url = error.request.method, redact_url(error.request.url)
        except RuntimeError:  # no request attached
            method, url = "", ""
        if isinstance(error, httpx.TransportError):
            return ApiConnectionError(
                f"{name}: the connection failed: {error or type(error).__name__}",
                method=method,
                url=url,
            )
        return UnexpectedResponseError(f"{name}: {type(error).__name__}: {error}")
    return None


# -- arguments: the cheap checks, before anything is sent ---------------------------------------
#: (position, name, accepted types) of the parameters worth checking: UUIDs and models.
_Checks = list[tuple[int, str, tuple[type, ...]]]


def _accepted_types(annotation: Any) -> tuple[type, ...]:
    """The classes a parameter accepts, if they are worth checking (a UUID or a model)."""
    options = typing.get_args(annotation) if _is_union(annotation) else (annotation,)
    classes = tuple(o for o in options if isinstance(o, type))
    if any(
        c is uuid.UUID or c.__module__.startswith("osparc_sdk_generated.models") for c in classes
    ):
        return classes
    return ()


def _is_union(annotation: Any) -> bool:
    return isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union


def _argument_checks(method: Callable[..., Any]) -> _Checks:
    """The checks of a generated method's arguments, read from its annotations.

    The per-tag modules import their models for type checkers only (so that importing them
    stays cheap), so the annotations are text; they are evaluated among the names of the
    method's operation module, which imports every type the operation takes. Called on the
    first call of the method, when that module is loaded anyway."""
    operation_module = importlib.import_module(f"{method.__module__}.{method.__name__}")
    signature = inspect.signature(method, locals=vars(operation_module), eval_str=True)
    checks: _Checks = []
    for position, parameter in enumerate(signature.parameters.values()):
        accepted = _accepted_types(parameter.annotation) if position else ()  # not `self`
        if accepted:
            checks.append((position, parameter.name, accepted))
    return checks


def _type_names(accepted: tuple[type, ...]) -> str:
    names = [c.__name__ for c in accepted if c is not type(None) and c.__name__ != "Unset"]
    return " or ".join(names)


def _checked_value(operation: str, name: str, accepted: tuple[type, ...], value: Any) -> Any:
    """`value`, or the UUID a string spells; `InvalidInputError` for anything else."""
    if isinstance(value, accepted):
        return value
    if uuid.UUID in accepted and isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            raise InvalidInputError(
                f"{operation}: {name} must be a UUID, and {value[:60]!r} is not one"
            ) from None
    raise InvalidInputError(
        f"{operation}: {name} must be a {_type_names(accepted)}, not {type(value).__name__}"
    )


def checked_uuid(operation: str, name: str, value: object) -> uuid.UUID:
    """A UUID argument (or a string spelling one), else `InvalidInputError`."""
    checked: uuid.UUID = _checked_value(operation, name, (uuid.UUID,), value)
    return checked


def checked_path(operation: str, name: str, value: object) -> str | os.PathLike[str]:
    """A path argument (str or path-like), else `InvalidInputError`."""
    if isinstance(value, str | os.PathLike):
        return value
    raise InvalidInputError(f"{operation}: {name} must be a path, not {type(value).__name__}")


def _check_arguments(
    operation: str, checks: _Checks, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[tuple[Any, ...], dict[str, Any]]:
    for position, name, accepted in checks:
        if position < len(args):
            value = _checked_value(operation, name, accepted, args[position])
            if value is not args[position]:
                args = (*args[:position], value, *args[position + 1 :])
        elif name in kwargs:
            kwargs[name] = _checked_value(operation, name, accepted, kwargs[name])
    return args, kwargs


# -- the wrapper --------------------------------------------------------------------------------
#: The API operation being called, while it runs: its response is read whole (and limited in
#: size) inside the retry loop, see `client.RetryTransport`.
OPERATION: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "sdk_operation", default=None
)
#: The request id of the last response the current operation received (set by the clients'
#: response hook), for the errors raised after the response, e.g. a body the models reject.
LAST_REQUEST_ID: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "sdk_last_request_id", default=None
)


class _ApiOperation:
    """The block of `api_operation` (a plain class: a generator-based context manager costs
    several times more, and every API call enters one)."""

    __slots__ = ("_name", "_token")

    def __init__(self, name: str) -> None:
        self._name = name

    def __enter__(self) -> None:
        self._token = OPERATION.set(self._name)
        LAST_REQUEST_ID.set(None)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: object
    ) -> None:
        OPERATION.reset(self._token)
        if isinstance(error, Exception):
            translated = _translated(self._name, error)
            if translated is not None:
                raise translated from error


def api_operation(name: str) -> _ApiOperation:
    """Run one API call: its responses are read whole inside the retry loop (see `OPERATION`),
    and whatever goes wrong leaves it as one of this module's errors."""
    return _ApiOperation(name)


def _wrap(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    checks: _Checks | None = None  # read on the first call (see `_argument_checks`)

    def checked(
        args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[tuple[Any, ...], dict[str, Any]]:
        nonlocal checks
        if checks is None:
            checks = _argument_checks(method)
        return _check_arguments(name, checks, args, kwargs) if checks else (args, kwargs)

    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def async_call(*args: Any, **kwargs: Any) -> Any:
            args, kwargs = checked(args, kwargs)
            with api_operation(name):
                return await method(*args, **kwargs)

        return async_call

    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        args, kwargs = checked(args, kwargs)
        with api_operation(name):
            return method(*args, **kwargs)

    return call


def _renamed(old: str, new: str, method: Callable[..., Any]) -> Callable[..., Any]:
    """`old` kept as a deprecated name of the operation `new` (wrapped already)."""
    message = f"{old}() is deprecated: it is now {new}(), the platform's name of the operation"

    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def async_call(self: Any, *args: Any, **kwargs: Any) -> Any:
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return await getattr(self, new)(*args, **kwargs)

        async_call.__name__ = old
        return async_call

    @functools.wraps(method)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return getattr(self, new)(*args, **kwargs)

    call.__name__ = old
    return call


def translating_errors(cls: _C) -> _C:
    """Class decorator: the generated operations of `cls` check their UUID and model
    arguments before sending anything, and raise only this module's errors.

    A class attribute that names a generated method under another name
    (`get_solvers_page = _generated.SolversApi.list_all_solvers_paginated`) is an earlier name
    of that operation: it keeps working, with a DeprecationWarning."""
    for base in cls.__mro__[1:]:
        if not base.__module__.startswith("osparc_sdk_generated."):
            continue
        for name, member in vars(base).items():
            # Only where the generated method is the one `cls` has (not one a mixin replaces).
            if not name.startswith("_") and callable(member) and getattr(cls, name) is member:
                setattr(cls, name, _wrap(name, member))
    for name, member in list(vars(cls).items()):
        target = getattr(member, "__name__", name)
        is_generated = getattr(member, "__module__", "").startswith("osparc_sdk_generated.")
        if is_generated and callable(member) and target != name:
            setattr(cls, name, _renamed(name, target, member))
    return cls
