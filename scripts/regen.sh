#!/usr/bin/env bash
# Regenerate generated/osparc_sdk_generated from the server's OpenAPI spec (openapi-python-client).
#
#   scripts/regen.sh                 export openapi.json from the server, then regenerate
#   scripts/regen.sh --spec FILE     regenerate from FILE (no export)
#   scripts/regen.sh --check         change nothing; exit 1 naming every file of openapi.json
#                                    and generated/osparc_sdk_generated that a regeneration would change
#   scripts/regen.sh --out DIR       write the package to DIR/osparc_sdk_generated, leave the repo alone
#   scripts/regen.sh --tools-only    only create/refresh the tool virtualenv
#
# The generator and ruff live in their own pinned virtualenv, .cache/codegen-venv (the
# generator pins typer, so it cannot share the project's dev venv). It is rebuilt only when
# scripts/codegen/requirements.txt or the base python changes (stamp file).
# The package is generated into a temp dir and swapped in whole: never a half-written tree.
#
# Environment: PYTHON (project python for the export, default .venv/bin/python or python3),
# CODEGEN_PYTHON (base python >= 3.11 for the tool venv, default python3).
# Exit codes: 0 ok, 1 failure or stale files (--check), 2 usage, 3 tools could not be installed.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

codegen_dir="scripts/codegen"
requirements="$codegen_dir/requirements.txt"
venv=".cache/codegen-venv"
package="osparc_sdk_generated"
target="generated/$package"
spec_file="openapi.json"
export_script="scripts/export_openapi.py"

say() { printf 'regen: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
usage() { sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

mode="write"
spec_arg=""
out_arg=""
while (($#)); do
  case "$1" in
    --check) mode="check" ;;
    --tools-only) mode="tools" ;;
    --spec) [[ $# -ge 2 ]] || { usage >&2; exit 2; }; spec_arg="$2"; shift ;;
    --spec=*) spec_arg="${1#--spec=}" ;;
    --out) [[ $# -ge 2 ]] || { usage >&2; exit 2; }; out_arg="$2"; shift ;;
    --out=*) out_arg="${1#--out=}" ;;
    -h | --help) usage; exit 0 ;;
    *) say "unknown argument: $1"; usage >&2; exit 2 ;;
  esac
  shift
done
if [[ -n "$out_arg" && "$mode" == "check" ]]; then
  say "--out and --check do not go together"; exit 2
fi
# User-given paths are relative to the caller's directory: make them absolute before the cd.
if [[ -n "$spec_arg" ]]; then
  [[ -f "$spec_arg" ]] || die "spec not found: $spec_arg"
  spec_arg="$(cd "$(dirname "$spec_arg")" && pwd)/$(basename "$spec_arg")"
fi
if [[ -n "$out_arg" ]]; then
  mkdir -p "$out_arg"
  out_arg="$(cd "$out_arg" && pwd)"
fi
cd "$repo_root"

if [[ -n "${PYTHON:-}" ]]; then
  project_python="$PYTHON"
elif [[ -x .venv/bin/python ]]; then
  project_python=".venv/bin/python"
else
  project_python="python3"
fi

started=$SECONDS
work="$(mktemp -d "${TMPDIR:-/tmp}/regen.XXXXXX")"
swap_new="" swap_old=""
cleanup() {
  # Interrupted between the two renames of the swap: put the previous tree back.
  if [[ -n "$swap_old" && -e "$swap_old" && ! -e "$target" ]]; then
    mv "$swap_old" "$target"
  fi
  rm -rf "$work" ${swap_new:+"$swap_new"} ${swap_old:+"$swap_old"}
}
trap cleanup EXIT

# --- tool virtualenv ----------------------------------------------------------------------
ensure_tools() {
  local base="" candidate version stamp
  for candidate in ${CODEGEN_PYTHON:-} python3 "$project_python"; do
    if version="$("$candidate" -c 'import sys; print("%d.%d" % sys.version_info[:2]); sys.exit(sys.version_info < (3, 11))' 2>/dev/null)"; then
      base="$candidate"; break
    fi
  done
  [[ -n "$base" ]] || die "need a python >= 3.11 for the code generator (set CODEGEN_PYTHON)"
  stamp="python $version; $(sha256sum "$requirements" | cut -d' ' -f1)"

  mkdir -p .cache
  if command -v flock >/dev/null 2>&1; then
    exec 9>".cache/codegen-venv.lock"
    flock 9
  fi
  if [[ -x "$venv/bin/python" && -f "$venv/.stamp" && "$(cat "$venv/.stamp")" == "$stamp" ]]; then
    return 0
  fi
  say "creating the tool virtualenv $venv ($stamp)"
  local t0=$SECONDS
  rm -rf "$venv"
  "$base" -m venv "$venv" || die "could not create $venv"
  if ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
      --requirement "$requirements" >"$work/pip.log" 2>&1; then
    cat "$work/pip.log" >&2
    rm -rf "$venv"
    say "could not install the code generator's tools with pip (no network or no registry?)"
    exit 3
  fi
  "$venv/bin/openapi-python-client" --version | grep -q ' 0\.29\.1$' || die "wrong openapi-python-client in $venv"
  "$venv/bin/ruff" --version | grep -q '^ruff 0\.17\.5$' || die "wrong ruff in $venv"
  printf '%s' "$stamp" >"$venv/.stamp"
  say "tool virtualenv ready in $((SECONDS - t0))s"
}

# --- spec export --------------------------------------------------------------------------
# export_spec DEST: write the server's current spec to DEST. Returns 1 if there is no exporter.
export_spec() {
  local dest="$1"
  if [[ ! -f "$export_script" ]]; then
    say "$export_script does not exist yet: skipping the spec export, using $spec_file as it is"
    return 1
  fi
  # (its progress line goes to stderr: stdout of --check is only the verdict)
  "$project_python" "$export_script" --output "$dest" >&2 || die "$export_script failed"
}

# --- generation ---------------------------------------------------------------------------
# generate SPEC DEST: write the package to DEST (which must not exist).
generate() {
  local spec="$1" dest="$2"
  [[ -f "$spec" ]] || die "spec not found: $spec"
  # The generator reads an adjusted copy (see prepare_spec.py); the spec itself is untouched.
  "$venv/bin/python" "$codegen_dir/prepare_spec.py" "$spec" "$work/generator-input.json"
  "$venv/bin/python" "$codegen_dir/run_generator.py" --allowed "$codegen_dir/allowed-warnings.txt" -- \
    generate \
    --path "$work/generator-input.json" \
    --meta none \
    --config "$codegen_dir/config.yaml" \
    --custom-template-path "$codegen_dir/templates" \
    --output-path "$dest" >"$work/generator.log" 2>&1 || {
    cat "$work/generator.log" >&2
    die "code generation failed (see above)"
  }
  # Our changes to the stock templates' output (each fails naming itself if it cannot apply).
  "$venv/bin/python" "$codegen_dir/postprocess.py" --config "$codegen_dir/config.yaml" "$dest" ||
    die "scripts/codegen/postprocess.py failed (see above)"
  # Print the generator's warnings (never compared: they contain memory addresses).
  if grep -v '^Generating ' "$work/generator.log" | grep -q .; then
    cat "$work/generator.log" >&2
  fi
  # Every operation of the spec must have come out as a module and a sync and an async method.
  "$venv/bin/python" "$codegen_dir/count_operations.py" "$work/generator-input.json" "$dest" ||
    die "the generated client lacks operations of $spec (see above)"
  # Not written by the generator with --meta none; templates cannot add files.
  printf '# Marker file for PEP 561\n' >"$dest/py.typed"
  # The table of operations the retry transport reads (what may be sent again).
  "$venv/bin/python" scripts/operations_table.py "$work/generator-input.json" "$dest/_operations.py" \
    || die "scripts/operations_table.py failed"
  [[ ! -e "$dest/.ruff_cache" ]] || die "ruff left a cache in the generated tree"
}

# list_files DIR: relative paths of the files under DIR, sorted, without bytecode.
list_files() {
  (cd "$1" && find . -type f ! -path '*/__pycache__/*' ! -name '*.pyc' | sed 's|^\./||' | LC_ALL=C sort)
}

ensure_tools
if [[ "$mode" == "tools" ]]; then
  exit 0
fi

if [[ "$mode" == "check" ]]; then
  problems=()
  spec="${spec_arg:-$spec_file}"
  if [[ -z "$spec_arg" ]] && export_spec "$work/openapi.json"; then
    if [[ ! -f "$spec_file" ]]; then
      problems+=("missing: $spec_file")
    elif ! cmp -s "$work/openapi.json" "$spec_file"; then
      problems+=("stale: $spec_file")
    fi
    spec="$work/openapi.json"
  fi
  generate "$spec" "$work/$package"
  if [[ ! -d "$target" ]]; then
    problems+=("missing: $target/")
  else
    list_files "$work/$package" >"$work/files.new"
    list_files "$target" >"$work/files.old"
    while IFS= read -r rel; do
      cmp -s "$work/$package/$rel" "$target/$rel" || problems+=("stale: $target/$rel")
    done < <(LC_ALL=C comm -12 "$work/files.new" "$work/files.old")
    while IFS= read -r rel; do problems+=("missing: $target/$rel"); done \
      < <(LC_ALL=C comm -23 "$work/files.new" "$work/files.old")
    while IFS= read -r rel; do problems+=("extra: $target/$rel"); done \
      < <(LC_ALL=C comm -13 "$work/files.new" "$work/files.old")
  fi
  if ((${#problems[@]})); then
    printf '%s\n' "${problems[@]}"
    printf 'generated/ is out of date (%d file(s)): run scripts/regen.sh\n' "${#problems[@]}"
    exit 1
  fi
  printf 'generated/ is up to date (%ss)\n' "$((SECONDS - started))"
  exit 0
fi

# mode == write
if [[ -n "$spec_arg" ]]; then
  spec="$spec_arg"
elif [[ -n "$out_arg" ]]; then
  # --out leaves the repository alone: the fresh export goes to the work dir.
  spec="$spec_file"
  if export_spec "$work/openapi.json"; then spec="$work/openapi.json"; fi
else
  export_spec "$spec_file" || true
  spec="$spec_file"
fi

if [[ -n "$out_arg" ]]; then
  generate "$spec" "$work/$package"
  rm -rf "${out_arg:?}/$package"
  cp -R "$work/$package" "$out_arg/$package"
  say "wrote $out_arg/$package in $((SECONDS - started))s"
  exit 0
fi

generate "$spec" "$work/$package"
# Swap the new tree in: copy next to the target (same file system), then two renames.
mkdir -p "$(dirname "$target")"
swap_new="$(dirname "$target")/.$package.new.$$"
swap_old="$(dirname "$target")/.$package.old.$$"
cp -R "$work/$package" "$swap_new"
if [[ -e "$target" ]]; then
  mv "$target" "$swap_old"
fi
mv "$swap_new" "$target"
swap_new=""
say "regenerated $target from $spec: $(list_files "$target" | wc -l) files in $((SECONDS - started))s"
