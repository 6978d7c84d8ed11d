"""`profile`, `wallet`, `credits`: who you are and what you can spend."""

from __future__ import annotations

from typing import Any

from sdk.cli import _output as out
from sdk.cli._common import guarded, state
from sdk.cli._output import Output, OutputOption


def _show(model: Any, output: Output, title: str) -> None:
    out.emit_record(output, model, list(model.to_dict().items()), title=title)


@guarded
def profile(output: OutputOption = Output.table) -> None:
    """Your user profile.

    Example: osparc-sdk profile -o json
    """
    from sdk import UsersApi

    with state().client() as client:
        _show(UsersApi(client).get_my_profile(), output, "Profile")


@guarded
def wallet(output: OutputOption = Output.table) -> None:
    """Your default wallet and its available credits.

    Example: osparc-sdk wallet
    """
    from sdk import WalletsApi

    with state().client() as client:
        _show(WalletsApi(client).get_default_wallet(), output, "Wallet")


@guarded
def credits(output: OutputOption = Output.table) -> None:
    """The price of credits.

    Example: osparc-sdk credits
    """
    from sdk import CreditsApi

    with state().client() as client:
        _show(CreditsApi(client).get_credits_price(), output, "Credits")
