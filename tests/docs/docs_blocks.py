"""The code blocks of a Markdown page, and what the documentation tests do with each.

    ```python             executed in the page's namespace (one per page, blocks in order)
    ```console            each `$ ` line (with `\\` continuations) run by bash; output not compared
    ```bash / ```sh       the whole block run by bash (errexit, nounset, pipefail)
    ```LANG title="NAME"  not executed: written to the file NAME in the working directory
                          (a test module, a pyproject.toml), for later blocks to use
    anything else         (toml, json, text) only shown

An HTML comment right above a block (blank lines allowed between) changes that:

    <!-- skip: REASON -->   not run; the reason is required (your own credentials, an install)
    <!-- cwd: repo -->      run in the repository's root (read-only contributor tooling)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

PYTHON = frozenset({"python", "py"})
SHELL = frozenset({"bash", "sh", "shell"})
CONSOLE = frozenset({"console"})
DIRECTIVES = frozenset({"skip", "cwd"})

_FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<lang>[\w+-]*)(?P<attrs>.*)$")
_DIRECTIVE = re.compile(r"^<!--\s*(?P<name>[\w-]+)\s*:\s*(?P<value>.*?)\s*-->$")
_TITLE = re.compile(r'title="(?P<title>[^"]+)"')


@dataclass(frozen=True)
class Block:
    source: str
    line: int  # of the opening fence, 1-based
    lang: str
    code: str
    title: str | None = None
    directives: dict[str, str] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        """file, python, shell, console, or shown."""
        if self.title:
            return "file"
        if self.lang in PYTHON:
            return "python"
        if self.lang in SHELL:
            return "shell"
        if self.lang in CONSOLE:
            return "console"
        return "shown"

    @property
    def skip(self) -> str | None:
        return self.directives.get("skip")

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"

    def python_source(self) -> str:
        """The code, shifted so that tracebacks name the page's own line numbers."""
        return "\n" * self.line + self.code

    def shell_script(self) -> str:
        if self.kind == "console":
            return "\n".join(console_commands(self.code)) + "\n"
        return self.code


def console_commands(code: str) -> list[str]:
    """The commands of a console session: `$ ` lines and their `\\` continuations."""
    commands: list[list[str]] = []
    current: list[str] | None = None
    for line in code.splitlines():
        if line.startswith("$ "):
            current = [line[2:]]
            commands.append(current)
        elif current is not None and current[-1].endswith("\\"):
            current.append(line)
        else:
            current = None  # output
    return ["\n".join(command) for command in commands]


def parse(text: str, source: str) -> list[Block]:
    """Every fenced block of a page, with the directives written above it."""
    lines = text.splitlines()
    blocks: list[Block] = []
    pending: dict[str, str] = {}
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        opening = _FENCE.match(lines[i])
        if opening is None:
            directive = _DIRECTIVE.match(stripped)
            if directive is not None:
                name = directive["name"]
                if name not in DIRECTIVES:
                    raise ValueError(f"{source}:{i + 1}: unknown directive {name!r}")
                pending[name] = directive["value"]
            elif stripped:
                pending = {}  # a directive belongs to the block right below it
            i += 1
            continue
        fence, indent = opening["fence"], len(opening["indent"])
        body: list[str] = []
        j = i + 1
        while j < len(lines):
            candidate = lines[j].strip()
            if candidate.startswith(fence) and not candidate.strip(fence[0]):
                break
            body.append(lines[j][indent:] if not lines[j][:indent].strip() else lines[j])
            j += 1
        else:
            raise ValueError(f"{source}:{i + 1}: the code block is never closed")
        title = _TITLE.search(opening["attrs"])
        blocks.append(
            Block(
                source=source,
                line=i + 1,
                lang=opening["lang"].lower(),
                code="\n".join(body) + "\n",
                title=title["title"] if title else None,
                directives=pending,
            )
        )
        pending = {}
        i = j + 1
    return blocks


def page_blocks(path: Path, root: Path) -> list[Block]:
    return parse(path.read_text(encoding="utf-8"), str(path.relative_to(root)))
