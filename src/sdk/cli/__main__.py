"""`python -m sdk.cli`: the same as the `osparc-sdk` command."""

from sdk.cli import main

main()
