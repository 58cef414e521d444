"""`kg lookup`, `neighbors`, `path`, `stats` on a saved graph file, as a user runs them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import save
from tests.kg_samples import sample_graph

runner = CliRunner()


def _ok(*args: str | Path) -> str:
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _fails(*args: str | Path) -> str:
    """The one stderr line of a command that must fail cleanly."""
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_lookup_prints_entity_relationships_and_evidence(graph_file: Path) -> None:
    out = _ok("lookup", "الكازاخستاني", "--graph", graph_file)
    for text in ("Kazakhstan", "Q232", "HOLDS_POSITION", "MEMBER_OF", "Tokayev", "President"):
        assert text in out
    assert "https://news.example.org/a1" in out
    assert "توكاييف" in out  # evidence sentence, in stored (logical) order


def test_lookup_json_is_the_card(graph_file: Path) -> None:
    (card,) = json.loads(_ok("lookup", "kazakhstan", "-g", graph_file, "--format", "json"))
    assert card["entity"]["key"] == "kz"
    assert card["wikidata"] == "Q232"
    (holds,) = card["links"]["HOLDS_POSITION"]
    assert holds["source"]["key"] == "tokayev"
    assert holds["evidence"][0]["article"] == "a1"


def test_lookup_with_clitics_finds_the_commission(graph_file: Path) -> None:
    out = _ok("lookup", "للجنة", "-g", graph_file)
    assert "Kazakhstan–Azerbaijan Joint Commission" in out
    assert "No exact match" in out  # a partial match shows its candidates


def test_lookup_unseen_spelling_shows_candidates_and_best_card(graph_file: Path) -> None:
    out = _ok("lookup", "قازاقستان", "-g", graph_file)
    assert "No exact match" in out and "fuzzy" in out
    assert "HOLDS_POSITION" in out
    cards_and_candidates = json.loads(_ok("lookup", "قازاقستان", "-g", graph_file, "-f", "json"))
    assert cards_and_candidates[0]["entity"]["key"] == "kz"
    assert cards_and_candidates[1]["how"] == "fuzzy"


def test_bidi_reorders_arabic_for_plain_terminals(graph_file: Path) -> None:
    plain = _ok("lookup", "Kazakhstan", "-g", graph_file)
    visual = _ok("lookup", "Kazakhstan", "-g", graph_file, "--bidi")
    assert "كازاخستان" in plain
    assert "كازاخستان" not in visual
    assert any("\ufe70" <= ch <= "\ufeff" for ch in visual)  # joined presentation forms


def test_neighbors_by_type_and_hops(graph_file: Path) -> None:
    found = json.loads(
        _ok("neighbors", "كازاخستان", "--type", "MEMBER_OF", "--hops", "2", "-g", graph_file,
            "-f", "json")
    )  # fmt: skip
    assert [(n["key"], n["hops"]) for n in found] == [("jc", 1), ("az", 2)]
    table = _ok("neighbors", "Tokayev", "-g", graph_file)
    assert "Ilham Aliyev" in table and "MET_WITH" in table


def test_neighbors_lists_the_first_of_each_hop_and_says_how_many_more(graph_file: Path) -> None:
    """A table lists the first `--limit` (default 20) neighbours of each hop and the count
    of the rest; JSON lists every one unless a limit is given (the rest counted on stderr)."""
    every = json.loads(
        _ok("neighbors", "Kazakhstan", "--hops", "2", "-g", graph_file, "-f", "json")
    )
    hops = [n["hops"] for n in every]
    assert (hops.count(1), hops.count(2)) == (3, 4)  # the sample: the cut below leaves some out
    first = [next(n for n in every if n["hops"] == h) for h in (1, 2)]
    cut = runner.invoke(app, ["neighbors", "Kazakhstan", "--hops", "2", "--limit", "1",
                              "-g", str(graph_file), "-f", "json"])  # fmt: skip
    assert json.loads(cut.stdout) == first
    assert "2 more at 1 hop, 3 more at 2 hops (--limit 0 lists them all)" in cut.stderr
    table = _ok("neighbors", "Kazakhstan", "--hops", "2", "--limit", "1", "-g", graph_file)
    assert "3 at 1 hop, 4 at 2 hops" in table  # the title counts every neighbour
    assert re.findall(r"^│ (\d) ", table, re.MULTILINE) == ["1", "2"]  # a row per hop
    assert "… and 2 more at 1 hop, 3 more at 2 hops (--limit 0 lists them all)" in table
    whole = _ok("neighbors", "Kazakhstan", "--hops", "2", "--limit", "0", "-g", graph_file)
    assert re.findall(r"^│ (\d) ", whole, re.MULTILINE) == [str(h) for h in hops]
    assert "more at" not in whole
    assert _ok("neighbors", "Kazakhstan", "--hops", "2", "-g", graph_file) == whole  # 7 < 20


def test_path_between_two_entities(graph_file: Path) -> None:
    paths = json.loads(
        _ok("path", "كازاخستان", "باكو", "-t", "MEMBER_OF", "-t", "LOCATED_IN", "-g", graph_file,
            "-f", "json")
    )  # fmt: skip
    assert [s["end"]["key"] for s in paths[0]["steps"]] == ["jc", "az", "baku"]
    table = _ok("path", "Tokayev", "Astana", "-g", graph_file)
    assert "PARTICIPATED_IN" in table and "HELD_IN" in table


def test_stats(graph_file: Path) -> None:
    s = json.loads(_ok("stats", "-g", graph_file, "-f", "json"))
    assert (s["nodes"], s["edges"]) == (13, 25)
    table = _ok("stats", "-g", graph_file)
    assert "13 nodes, 25 relationships, 2 articles" in table


def test_unknown_name_fails_in_one_line(graph_file: Path) -> None:
    assert "باريس" in _fails("lookup", "باريس", "-g", graph_file)
    assert "Paris" in _fails("neighbors", "Paris", "-g", graph_file)


def test_ambiguous_name_lists_candidates(graph_file: Path, tmp_path: Path) -> None:
    graph = sample_graph()
    graph.add_node("kz2", label="Organization", name="Kazakhstan", name_ar="كازاخستان")
    save(graph, tmp_path / "two.json")
    line = _fails("neighbors", "Kazakhstan", "-g", tmp_path / "two.json")
    assert "kz2" in line and "key kz]" in line


def test_no_path_fails_in_one_line(graph_file: Path) -> None:
    assert "no path" in _fails("path", "Kazakhstan", "Baku", "--max-hops", "1", "-g", graph_file)


def test_missing_corrupt_and_empty_graph_files(tmp_path: Path) -> None:
    assert "no graph file" in _fails("stats", "-g", tmp_path / "nowhere.json")
    corrupt = tmp_path / "corrupt.json"
    corrupt.write_text("{not json", encoding="utf-8")
    assert "cannot read" in _fails("stats", "-g", corrupt)
    empty = tmp_path / "empty.json"
    save(nx.MultiDiGraph(), empty)
    assert "empty" in _fails("lookup", "Kazakhstan", "-g", empty)


def test_malformed_evidence_fails_in_one_line(tmp_path: Path) -> None:
    graph = sample_graph()
    graph.edges["tokayev", "kz", "HOLDS_POSITION:President"]["evidence"] = [{"article": "a1"}]
    save(graph, tmp_path / "bad.json")
    line = _fails("lookup", "Kazakhstan", "-g", tmp_path / "bad.json")
    assert "malformed record" in line and "sentence" in line


def test_lookup_says_which_rule_stated_each_relationship(tmp_path: Path) -> None:
    from kg import extract
    from kg.graph import build
    from kg.models import ArticleMeta

    text = "ووقع وزير الطاقة المصري طارق الملا ونظيره الأردني صالح الخرابشة مذكرة تفاهم."
    path = tmp_path / "g.json"
    save(build([extract(text, ArticleMeta(id="r1"))]), path)
    result = runner.invoke(
        app, ["lookup", "مذكرة تفاهم", "--graph", str(path)], env={"COLUMNS": "300"}
    )
    assert result.exit_code == 0, result.stderr
    assert "signers_of_a_signing_sentence" in result.stdout


def test_user_text_is_never_read_as_markup(graph_file: Path) -> None:
    assert _fails("lookup", "[/bold]x", "--graph", graph_file) == (
        "error: no entity is named '[/bold]x'"
    )
    assert "[/b]" in _fails("neighbors", "كاز[/b]", "--graph", graph_file)


def test_a_path_from_an_entity_to_itself_says_so(graph_file: Path) -> None:
    assert "same entity" in _fails("path", "Kazakhstan", "كازاخستان", "-g", graph_file)


def test_candidates_are_listed_best_score_first() -> None:
    from rich.console import Console

    from kg.cli.display import Bidi
    from kg.cli.lookup import _candidates
    from kg.lookup.names import Match

    def match(key: str, score: float) -> Match:
        return Match(
            key=key, label="Country", name=key, how="fuzzy", score=score, share=1, form=key
        )

    console = Console(width=200, record=True)
    console.print(_candidates(Bidi(False), "x", [match("low", 50), match("high", 90)]))
    text = console.export_text()
    assert text.index("high") < text.index("low")


def test_bidi_wraps_before_reordering_so_lines_keep_their_order() -> None:
    import arabic_reshaper
    from bidi import get_display

    from kg.cli.display import WRAP, Bidi

    text = "الأولى " + "كلمة " * 20 + "الأخيرة"
    lines = Bidi(True)(text).splitlines()
    assert len(lines) > 1 and all(len(line) <= WRAP for line in lines)
    first, last = (get_display(arabic_reshaper.reshape(w)) for w in ("الأولى", "الأخيرة"))
    assert first in lines[0] and last in lines[-1]


def test_bidi_sentences_start_on_their_first_line_however_narrow_the_column(
    graph_file: Path,
) -> None:
    # The table wraps an evidence cell to its column: wrapping must come before reordering,
    # or the end of a sentence shows on its first line.
    import arabic_reshaper
    from bidi import get_display

    visual = _ok("lookup", "Kazakhstan", "-g", graph_file, "--bidi").splitlines()
    first, later = (get_display(arabic_reshaper.reshape(w)) for w in ("التقى", "نظيره"))

    def line_of(word: str) -> int:
        return next(i for i, line in enumerate(visual) if word in line)

    assert line_of(first) < line_of(later)


def test_a_saved_folder_answers_as_the_whole_graph_does(tmp_path: Path) -> None:
    """`lookup`, `neighbors` and `path` read a folder's lookup index, not the whole graph:
    every answer, printed or as JSON, is the one the whole graph (a JSON file) gives."""
    from kg.graph import build
    from tests.graph.articles import first, second

    graph = build([first(), second()])
    whole, folder = tmp_path / "g.json", tmp_path / "g.graph"
    save(graph, whole)
    save(graph, folder)
    names = [graph.nodes[k]["name"] for k, label in graph.nodes(data="label") if label == "Country"]
    asked = [
        *(["lookup", name, *fmt] for name in names for fmt in ([], ["-f", "json"])),
        *(["neighbors", names[0], "--hops", h, "-f", "json"] for h in ("1", "2", "3")),
        ["neighbors", names[0], "--hops", "2"],
        *(
            ["neighbors", names[0], "--hops", "2", "--limit", "1", *fmt]
            for fmt in ([], ["-f", "json"])
        ),
        ["neighbors", names[0], "--type", "MEMBER_OF", "--hops", "2", "-f", "json"],
        *(["path", a, b, "-f", "json"] for a in names for b in names if a != b),
        ["path", names[0], names[-1]],
    ]
    for args in asked:
        assert _ok(*args, "-g", folder) == _ok(*args, "-g", whole), args
