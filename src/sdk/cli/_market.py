"""`programs list | releases` and `licensed-items list | checkout | release`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated
from uuid import UUID

import typer

from sdk.cli import _output as out
from sdk.cli._common import command_group, guarded, state
from sdk.cli._output import Output, OutputOption

if TYPE_CHECKING:
    from osparc_sdk_generated.models import LicensedItemCheckoutGet, LicensedItemGet

programs = command_group("Programs: interactive services (dynamic), and their releases.")
licensed_items = command_group(
    "Licensed items (e.g. anatomical models) bought with wallet credits."
)

WalletOption = Annotated[
    int | None, typer.Option("--wallet", help="wallet id [default: your default wallet]")
]


@programs.command("list")
@guarded
def list_programs(output: OutputOption = Output.table) -> None:
    """The latest release of every program.

    Example: osparc-sdk programs list -o json
    """
    from sdk import ProgramsApi

    with state().client() as client:
        found = list(ProgramsApi(client).iter_programs())
    rows = [(p.id, p.version, p.title) for p in found]
    out.emit_rows(output, found, ["program", "latest", "title"], rows)


@programs.command("releases")
@guarded
def releases(
    program: Annotated[str, typer.Argument(metavar="PROGRAM", help="program key")],
    output: OutputOption = Output.table,
) -> None:
    """Every release of one program.

    Example: osparc-sdk programs releases simcore/services/dynamic/jupyter-math
    """
    from sdk import ProgramsApi

    with state().client() as client:
        found = list(ProgramsApi(client).iter_program_releases(program))
    rows = [(p.version, p.version_display, p.title) for p in found]
    out.emit_rows(output, found, ["version", "display", "title"], rows)


def _item_row(i: LicensedItemGet) -> tuple[object, ...]:
    return (i.licensed_item_id, i.display_name, i.version, i.pricing_plan_id)


@licensed_items.command("list")
@guarded
def list_items(
    wallet: Annotated[
        int | None,
        typer.Option("--wallet", help="only the items that can be checked out with this wallet"),
    ] = None,
    output: OutputOption = Output.table,
) -> None:
    """The licensed items of the market.

    Example: osparc-sdk licensed-items list --wallet 1 -o json
    """
    from sdk import LicensedItemsApi, WalletsApi

    with state().client() as client:
        if wallet is None:
            items = list(LicensedItemsApi(client).iter_licensed_items())
        else:
            items = list(WalletsApi(client).iter_available_licensed_items(wallet))
    rows = [_item_row(i) for i in items]
    out.emit_rows(output, items, ["item", "name", "version", "pricing plan"], rows)


def _show_checkout(checkout: LicensedItemCheckoutGet, output: Output) -> None:
    fields = [
        ("checkout", checkout.licensed_item_checkout_id),
        ("item", checkout.licensed_item_id),
        ("wallet", checkout.wallet_id),
        ("seats", checkout.num_of_seats),
        ("started", checkout.started_at),
        ("stopped", checkout.stopped_at),
    ]
    out.emit_record(output, checkout, fields)


@licensed_items.command("checkout")
@guarded
def checkout(
    item: Annotated[UUID, typer.Argument(metavar="ITEM", help="licensed item id")],
    service_run: Annotated[
        str, typer.Option("--service-run", help="the running service that uses the item")
    ],
    seats: Annotated[int, typer.Option("--seats", min=1)] = 1,
    wallet: WalletOption = None,
    output: OutputOption = Output.table,
) -> None:
    """Check out seats of a licensed item, paid with wallet credits (exit 5 when the
    credits do not suffice).

    Example: osparc-sdk licensed-items checkout ITEM --service-run RUN --seats 1
    """
    from osparc_sdk_generated.models import LicensedItemCheckoutData

    from sdk import WalletsApi

    with state().client() as client:
        wallets = WalletsApi(client)
        wallet_id = wallet if wallet is not None else wallets.get_default_wallet().wallet_id
        body = LicensedItemCheckoutData(number_of_seats=seats, service_run_id=service_run)
        done = wallets.checkout_licensed_item(wallet_id, item, body=body)
    _show_checkout(done, output)


@licensed_items.command("release")
@guarded
def release(
    item: Annotated[UUID, typer.Argument(metavar="ITEM", help="licensed item id")],
    checkout_id: Annotated[UUID, typer.Argument(metavar="CHECKOUT", help="checkout id")],
    output: OutputOption = Output.table,
) -> None:
    """Give back what a checkout took.

    Example: osparc-sdk licensed-items release ITEM CHECKOUT
    """
    from sdk import LicensedItemsApi

    with state().client() as client:
        done = LicensedItemsApi(client).release_licensed_item(item, checkout_id)
    _show_checkout(done, output)
