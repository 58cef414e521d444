"""The typer application every command module registers on."""

import typer

app = typer.Typer(
    name="kg",
    help="Arabic news about relations between states, as a knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main() -> None:
    """Arabic news about relations between states, as a knowledge graph."""
