#!/usr/bin/env bash
# Breaking-change gate for the API: fails when openapi.json breaks clients of the base version.
#
# Workflow: change the server, run scripts/regen.sh (exports openapi.json, regenerates
# generated/), then this script compares the base version of openapi.json with the working tree
# using scripts/api_diff.py (the package scripts/api_diff/; the rules are in the docstring of
# its __init__.py: what users of the generated SDK see). A breaking change fails the gate
# unless pyproject.toml's [project] version has a higher major version than at the base; CI
# also runs `scripts/regen.sh --check` (spec and code up to date) and `mypy --strict src/sdk
# patches` (the hand-written layer still fits the regenerated client).
#
#   scripts/check_breaking.sh               find the base (below), compare, gate
#   scripts/check_breaking.sh --base REF    compare with openapi.json at REF (any git revision)
#
# The base: on a branch other than main (or a detached HEAD that is not main's tip), the merge
# base with origin/main, else with main; otherwise the last release tag (v*, by version order);
# otherwise HEAD~1 if HEAD changed openapi.json, else HEAD if the working tree changed it;
# otherwise there is nothing to compare (exit 0). CI needs the history (fetch-depth: 0).
# Environment: PYTHON (>= 3.11, runs api_diff.py; default .venv/bin/python, else python3).
# Exit codes: 0 no breaking change (or allowed by a major version bump), 1 breaking change,
# 2 usage or internal error.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
spec_file="openapi.json"
differ="scripts/api_diff.py"

say() { printf 'check_breaking: %s\n' "$*"; }
fail() { say "$*" >&2; exit 2; }
usage() { awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "${BASH_SOURCE[0]}"; }

base=""
base_reason=""
while (($#)); do
  case "$1" in
    --base) [[ $# -ge 2 && -n "$2" ]] || { usage >&2; exit 2; }; base="$2"; base_reason="given with --base"; shift ;;
    --base=*) base="${1#--base=}"; [[ -n "$base" ]] || { usage >&2; exit 2; }; base_reason="given with --base" ;;
    -h | --help) usage; exit 0 ;;
    *) say "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
cd "$repo_root"

if [[ -n "${PYTHON:-}" ]]; then
  python="$PYTHON"
elif [[ -x .venv/bin/python ]]; then
  python=".venv/bin/python"
else
  python="python3"
fi

git rev-parse --git-dir >/dev/null 2>&1 || fail "not inside a git repository"
[[ -f "$spec_file" ]] || fail "$spec_file does not exist in the working tree"

commit_of() { git rev-parse --verify --quiet "$1^{commit}" 2>/dev/null; }

# --- the base revision ---------------------------------------------------------------------
find_base() {
  local head branch ref main_tip merge_base tag
  head="$(commit_of HEAD)" || { base_reason="no commit yet"; return 1; }
  branch="$(git symbolic-ref --quiet --short HEAD 2>/dev/null || true)"
  if [[ "$branch" != "main" && "$branch" != "master" ]]; then
    for ref in origin/main main origin/master master; do
      main_tip="$(commit_of "$ref")" || continue
      # A detached HEAD at main's tip (CI building main) follows main's rules.
      [[ -n "$branch" || "$main_tip" != "$head" ]] || break
      if merge_base="$(git merge-base HEAD "$ref" 2>/dev/null)"; then
        base="$merge_base"
        base_reason="merge base with $ref"
        return 0
      fi
    done
  fi
  tag="$(git tag --list 'v*' --merged HEAD --sort=-version:refname | head -n 1)"
  if [[ -n "$tag" ]]; then
    base="$tag"
    base_reason="last release tag"
    return 0
  fi
  if commit_of HEAD~1 >/dev/null && ! git diff --quiet HEAD~1 HEAD -- "$spec_file"; then
    base="HEAD~1"
    base_reason="HEAD changed $spec_file"
    return 0
  fi
  if git cat-file -e "HEAD:$spec_file" 2>/dev/null && ! git diff --quiet HEAD -- "$spec_file"; then
    base="HEAD"
    base_reason="the working tree changed $spec_file"
    return 0
  fi
  base_reason="not on a branch off main, no release tag, and neither HEAD nor the working tree changed $spec_file"
  return 1
}

if [[ -z "$base" ]] && ! find_base; then
  say "nothing to compare ($base_reason): passing"
  exit 0
fi
commit_of "$base" >/dev/null || fail "unknown revision: $base"

work="$(mktemp -d "${TMPDIR:-/tmp}/check_breaking.XXXXXX")"
trap 'rm -rf "$work"' EXIT

short="$(git rev-parse --short "$base^{commit}")"
if [[ "$base" =~ ^[0-9a-f]{40}$ || "$base" == "$short" ]]; then
  label="$short"
else
  label="$base ($short)"
fi
say "comparing $spec_file at $label with the working tree ($base_reason)"

if ! git show "$base:$spec_file" >"$work/base.json" 2>/dev/null; then
  say "$spec_file does not exist at $label: nothing to compare, passing"
  exit 0
fi

# --- the diff ------------------------------------------------------------------------------
status=0
"$python" "$differ" "$work/base.json" "$spec_file" --format json >"$work/diff.json" || status=$?
if ((status > 1)); then
  "$python" "$differ" "$work/base.json" "$spec_file" >&2 || true
  fail "$differ failed (exit $status)"
fi
# show SEVERITY: print the changes of one severity from the diff, one a line.
show() {
  "$python" - "$work/diff.json" "$1" <<'EOF'
import json, sys
diff = json.load(open(sys.argv[1], encoding="utf-8"))
for change in diff[sys.argv[2]]:
    print(f"  {change['severity'].upper()} {change['text']}")
EOF
}
count() { "$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))["summary"][sys.argv[2]])' "$work/diff.json" "$1"; }
breaking="$(count breaking)"
compatible="$(count compatible)"
say "$breaking breaking, $compatible compatible change(s)"
show compatible

if ((status == 0)); then
  say "OK: no breaking change to the API"
  exit 0
fi

# --- breaking: allowed only with a higher major version -------------------------------------
major_of() { # major_of FILE: "MAJOR VERSION" of [project] version in a pyproject.toml
  "$python" - "$1" <<'EOF'
import re, sys, tomllib
with open(sys.argv[1], "rb") as f:
    version = str(tomllib.load(f).get("project", {}).get("version", ""))
match = re.match(r"\s*v?(\d+)", version)
print(match.group(1) if match else "-", version or "-")
EOF
}
read -r new_major new_version < <(major_of pyproject.toml) || true
old_major="-" old_version="-"
if git show "$base:pyproject.toml" >"$work/pyproject.toml" 2>/dev/null; then
  read -r old_major old_version < <(major_of "$work/pyproject.toml") || true
fi
if [[ "$new_major" =~ ^[0-9]+$ && "$old_major" =~ ^[0-9]+$ ]] && ((new_major > old_major)); then
  show breaking
  say "OK: $breaking breaking change(s), allowed by the major version bump $old_version -> $new_version"
  exit 0
fi

{
  say "FAILED: $breaking breaking change(s) to the API since $label:"
  show breaking
  say "make the change additive (new optional fields, new endpoints), or raise the major"
  say "version in pyproject.toml [project] version ($old_version at the base, $new_version now)"
} >&2
exit 1
