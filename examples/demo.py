"""The demo: start a local reference platform, then run the tutorial against it.

python examples/demo.py            # jobs run 10x faster than real time
python examples/demo.py --real-time
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from sdk.testing import LocalPlatform

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tutorial  # the example beside this file


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real-time", action="store_true", help="run jobs at their real speed")
    parser.add_argument("--verbose", action="store_true", help="log every HTTP request")
    args = parser.parse_args()
    if args.verbose:
        logging.basicConfig(level=logging.DEBUG, format="  %(name)s: %(message)s")
    started = time.perf_counter()
    print("Starting a local reference platform...")
    with LocalPlatform(time_scale=1.0 if args.real_time else 0.1) as platform:
        print(f"Platform ready at {platform.base_url}\n")
        os.environ.update(
            OSPARC_API_HOST=platform.base_url,
            OSPARC_API_KEY=platform.api_key,
            OSPARC_API_SECRET=platform.api_secret,
        )
        with tempfile.TemporaryDirectory() as workdir:
            state = tutorial.main(Path(workdir))
    print(f"\nDemo finished in {time.perf_counter() - started:.1f} s: job {state}")
    return 0 if state == "SUCCESS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
