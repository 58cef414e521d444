"""The `kg` console script loads only the module of the command it runs."""

import subprocess
import sys
from pathlib import Path

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


def test_lookups_on_a_saved_folder_do_not_load_networkx(tmp_path: Path) -> None:
    """A card and the neighbours as JSON are read from the folder's lookup index as plain
    rows: their processes never import networkx (a fifth of a lookup's time)."""
    from kg.graph import save
    from tests.kg_samples import sample_graph

    folder = tmp_path / "g.graph"
    save(sample_graph(), folder)
    asked = (["lookup", "Kazakhstan"], ["neighbors", "Kazakhstan", "--hops", "2", "-f", "json"])
    for args in asked:
        code = (
            "import sys\n"
            "from kg.cli import main\n"
            f"sys.argv = ['kg', *{args!r}, '-g', {str(folder)!r}]\n"
            "try:\n"
            "    main()\n"
            "except SystemExit:\n"
            "    pass\n"
            "print('networkx' in sys.modules)"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert "Kazakhstan" in done.stdout  # the command answered
        assert done.stdout.strip().splitlines()[-1] == "False", args
