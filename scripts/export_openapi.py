"""Write the server's OpenAPI document to openapi.json: sorted keys, stable bytes."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def export() -> str:
    sys.path.insert(0, str(ROOT / "server"))
    from osparc_platform_server.app import create_app
    from osparc_platform_server.settings import Settings

    with tempfile.TemporaryDirectory() as data_dir:
        app = create_app(Settings(data_dir=Path(data_dir)))
        spec = app.openapi()
        app.state.services.db.close()
    return json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", "-o", type=Path, default=ROOT / "openapi.json")
    args = parser.parse_args()
    text = export()
    tmp = args.output.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(args.output)
    print(f"wrote {args.output.name} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
