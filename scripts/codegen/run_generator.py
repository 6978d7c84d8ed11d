"""Run openapi-python-client's command line and fail when it dropped part of the spec.

Usage (with the tool virtualenv's python, see scripts/regen.sh):

    python run_generator.py --allowed FILE -- generate --path openapi.json ...

Everything after ``--`` goes to the generator's own command line unchanged. Its warnings are
printed as usual, but ``--fail-on-warning`` is all or nothing, and the spec has warnings we
accept on purpose (the ndjson log stream, which hand-written code handles). So this wrapper
collects the generator's warnings as objects and exits 1 when any of them is not matched by
a pattern in FILE. Such a warning means an endpoint, a response, a parameter or a whole model
was left out of the generated client. Warning texts contain memory addresses: patterns are
matched against a normalised one-line text, never against logs.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

# Installed only in the tool virtualenv (.cache/codegen-venv), not in the project's venv.
import openapi_python_client.cli as generator_cli  # type: ignore[import-not-found,unused-ignore]
import typer
from openapi_python_client.parser.errors import (  # type: ignore[import-not-found,unused-ignore]
    ErrorLevel,
    GeneratorError,
)

_ADDRESS = re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>")


def describe(error: GeneratorError) -> str:
    """One line for a generator warning: header and detail, memory addresses removed."""
    text = f"{error.header or ''}: {error.detail or ''}"
    text = _ADDRESS.sub("<?>", text)
    return " ".join(text.split())


def load_patterns(path: Path) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allowed", type=Path, required=True, help="file of fnmatch patterns")
    parser.add_argument("generator_args", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    generator_args = list(args.generator_args)
    if generator_args[:1] == ["--"]:
        generator_args = generator_args[1:]
    patterns = load_patterns(args.allowed)

    # The post-hooks call `ruff` by name: use the pinned one that sits next to this python.
    bin_dir = str(Path(sys.executable).parent)
    os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")

    collected: list[GeneratorError] = []
    original_handle_errors = generator_cli.handle_errors

    def handle_errors(errors: Sequence[GeneratorError], fail_on_warning: bool = False) -> None:
        # Called by the CLI once the client is written: keep the errors, print them below.
        collected.extend(errors)

    generator_cli.handle_errors = handle_errors
    try:
        generator_cli.app(args=generator_args, prog_name="openapi-python-client")
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    if code != 0:
        print(f"run_generator: the generator failed (exit {code})", file=sys.stderr)
        return code

    unexpected: list[GeneratorError] = []
    used: set[str] = set()
    for error in collected:
        line = describe(error)
        matched = [p for p in patterns if fnmatch.fnmatchcase(line, p)]
        used.update(matched)
        if error.level == ErrorLevel.ERROR or not matched:
            unexpected.append(error)
        else:
            print(f"run_generator: allowed warning: {line}", file=sys.stderr)
    for pattern in patterns:
        if pattern not in used:
            print(f"run_generator: note: allowed warning did not occur: {pattern}", file=sys.stderr)
    if not unexpected:
        return 0
    with contextlib.suppress(typer.Exit):  # the generator's own full report (Exit on errors)
        original_handle_errors(unexpected, False)
    print(
        f"run_generator: {len(unexpected)} generator warning(s)/error(s) not allowed by"
        f" {args.allowed} (part of the spec was left out of the generated client, or a"
        " post-hook failed):",
        file=sys.stderr,
    )
    for error in unexpected:
        print(f"  - {describe(error)}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
