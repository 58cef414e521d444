"""The `kg` console script loads only the module of the command it runs."""

import subprocess
import sys
from pathlib import Path

from kg.cli import COMMANDS, load


def test_the_table_names_every_command_and_group() -> None:
    app = load()
    names = {c.name for c in app.registered_commands} | {g.name for g in app.registered_groups}
    assert names == set(COMMANDS)


def test_every_help_is_unwrapped_paragraphs() -> None:
    """Typer keeps a docstring's line breaks after its first paragraph; the terminal then
    wraps each line again and leaves a word alone on a line. Every help is whole paragraphs."""
    app = load()
    commands = [*app.registered_commands]
    for group in app.registered_groups:
        assert group.typer_instance is not None
        commands += group.typer_instance.registered_commands
    assert len(commands) > len(COMMANDS)  # the export group's commands too
    for command in commands:
        assert command.help, command.name
        assert "\n" not in command.help.replace("\n\n", ""), command.name


def test_a_long_help_wraps_at_the_terminal_width() -> None:
    kg = str(Path(sys.executable).with_name("kg"))
    env = {"COLUMNS": "80", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([kg, "build", "--help"], capture_output=True, text=True, env=env)
    prose = out.stdout.split("Usage", 1)[1].split("╭", 1)[0]
    assert "a repeated build changes nothing" in " ".join(prose.split())
    lines = [line.strip() for line in prose.splitlines()[1:] if line.strip()]
    # a line of one or two words is what the unwrapped docstring avoids
    assert min(len(line.split()) for line in lines[:-1]) > 3, lines


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
    """A card and the neighbours (JSON or table) are read from the folder's lookup index as
    plain rows: their processes never import networkx (a fifth of a lookup's time), nor,
    for a name spelled exactly, rapidfuzz (fuzzy matching only)."""
    from kg.graph import save
    from tests.kg_samples import sample_graph

    folder = tmp_path / "g.graph"
    save(sample_graph(), folder)
    asked = (
        ["lookup", "Kazakhstan"],
        ["neighbors", "Kazakhstan", "--hops", "2", "-f", "json"],
        ["neighbors", "Kazakhstan", "--hops", "2"],
    )
    for args in asked:
        code = (
            "import sys\n"
            "from kg.cli import main\n"
            f"sys.argv = ['kg', *{args!r}, '-g', {str(folder)!r}]\n"
            "try:\n"
            "    main()\n"
            "except SystemExit:\n"
            "    pass\n"
            "print(sorted(m for m in ('networkx', 'rapidfuzz') if m in sys.modules))"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert "Kazakhstan" in done.stdout  # the command answered
        assert done.stdout.strip().splitlines()[-1] == "[]", args
