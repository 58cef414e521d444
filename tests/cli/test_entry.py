"""The `kg` console script loads only the module of the command it runs."""

import subprocess
import sys

from kg.cli import COMMANDS, load


def test_the_table_names_every_command_and_group() -> None:
    app = load()
    names = {c.name for c in app.registered_commands} | {g.name for g in app.registered_groups}
    assert names == set(COMMANDS)


def test_kg_extract_does_not_load_the_graph_stack() -> None:
    code = (
        "import sys\n"
        "from kg.cli import main\n"
        "sys.argv = ['kg', 'extract', '--help']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('networkx', 'neo4j', 'pyarrow', 'ladybug') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "--format" in out.stdout  # the command's own help was printed
    assert out.stdout.strip().splitlines()[-1] == "[]"
