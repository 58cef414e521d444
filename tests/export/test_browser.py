"""The HTML page in a real headless browser (Debian's chromium, driven by chromedriver)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from kg.export.html import Budget, write_html
from kg.schema import ENTITY_LABELS

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--window-size=1400,900",
]

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's browser: apt-get install -y chromium chromium-driver",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


def _open(browser: webdriver.Chrome, graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    page = tmp_path / "graph.html"
    write_html(graph, page, title="اختبار")
    browser.get_log("browser")  # forget what earlier pages logged
    browser.get(page.as_uri())
    WebDriverWait(browser, 60).until(
        lambda b: b.execute_script("return document.body.dataset.stable === 'true'")
    )


def _errors(browser: webdriver.Chrome) -> list[str]:
    return [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def _drawn(browser: webdriver.Chrome) -> dict[str, int]:
    drawn: dict[str, int] = browser.execute_script("return window.kgView.drawn()")
    return drawn


def test_page_draws_every_node_and_edge_offline(
    browser: webdriver.Chrome, graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    _open(browser, graph, tmp_path)
    assert _errors(browser) == []
    assert _drawn(browser) == {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    fetched = browser.execute_script("return performance.getEntriesByType('resource').length")
    assert fetched == 0
    legend = browser.find_element(By.ID, "kg-legend").text
    assert "Country" in legend and "Article" in legend
    assert browser.save_screenshot(str(tmp_path / "graph.png"))
    assert (tmp_path / "graph.png").stat().st_size > 10_000


def test_search_box_finds_an_arabic_name_and_opens_its_evidence(
    browser: webdriver.Chrome, graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    _open(browser, graph, tmp_path)
    box = browser.find_element(By.ID, "kg-search")
    box.send_keys("الكازاخستانى")  # alif maqsura for ya: folded like the graph's spelling
    results = browser.find_elements(By.CSS_SELECTOR, "#kg-results li")
    assert [r.get_attribute("data-id") for r in results] == ["kz"]
    box.send_keys(Keys.ENTER)
    assert browser.execute_script("return window.kgView.selected()") == "kz"
    panel = browser.find_element(By.ID, "kg-panel")
    assert panel.is_displayed()
    assert "كازاخستان" in panel.text and "HOLDS_POSITION" in panel.text
    links = [a.get_attribute("href") for a in panel.find_elements(By.CSS_SELECTOR, "blockquote a")]
    assert "https://news.example.org/a1" in links
    assert _errors(browser) == []


def test_legend_hides_a_label(
    browser: webdriver.Chrome, graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    _open(browser, graph, tmp_path)
    browser.find_element(By.CSS_SELECTOR, "#kg-legend input[value='Article']").click()
    mentions = sum(1 for *_, t in graph.edges(data="type") if t == "MENTIONED_IN")
    assert _drawn(browser) == {
        "nodes": graph.number_of_nodes() - 2,
        "edges": graph.number_of_edges() - mentions,
    }


def test_a_larger_graph_settles_and_is_drawn_whole(
    browser: webdriver.Chrome, tmp_path: Path
) -> None:
    rng = random.Random(5)
    graph = nx.MultiDiGraph()
    for i in range(300):
        graph.add_node(
            f"n{i}", label=str(ENTITY_LABELS[i % 8]), name=f"Entity {i}", name_ar=f"كيان {i}"
        )
    for _ in range(600):
        a, b = rng.sample(range(300), 2)
        graph.add_edge(f"n{a}", f"n{b}", key="MET_WITH", type="MET_WITH")
    _open(browser, graph, tmp_path)
    assert _errors(browser) == []
    assert _drawn(browser) == {"nodes": 300, "edges": graph.number_of_edges()}


def test_a_graph_over_the_budget_opens_as_an_overview(
    browser: webdriver.Chrome, tmp_path: Path
) -> None:
    rng = random.Random(7)
    graph = nx.MultiDiGraph()
    for i in range(6000):
        graph.add_node(f"n{i}", label=str(ENTITY_LABELS[i % 8]), name=f"Entity {i}")
    for _ in range(20000):
        a, b = rng.sample(range(6000), 2)
        graph.add_edge(f"n{a}", f"n{b}", key="MET_WITH", type="MET_WITH")
    _open(browser, graph, tmp_path)  # how fast it opens is a `make bench` figure, not a test
    assert _errors(browser) == []
    budget = Budget()
    drawn = _drawn(browser)
    assert drawn["nodes"] == budget.nodes and 0 < drawn["edges"] <= budget.edges
    counts = browser.find_element(By.ID, "kg-counts").text
    assert f"of {graph.number_of_nodes():,} nodes" in counts and "overview" in counts


def test_date_filter_hides_what_falls_outside_and_the_timeline_fades_it(
    browser: webdriver.Chrome, tmp_path: Path
) -> None:
    from tests.lookup.dyads_articles import dyads_graph

    graph = dyads_graph()
    _open(browser, graph, tmp_path)
    assert _errors(browser) == []
    bars = browser.execute_script("return window.kgView.timelineBars()")
    assert {b["month"] for b in bars} == {"2023-01", "2024-03"}
    assert {b["category"] for b in bars} >= {"CONSULT", "AGREE", "ACCUSE"}
    everything = _drawn(browser)
    browser.execute_script("window.kgView.setDates('2024-04-01', '2024-12-31')")
    later = _drawn(browser)
    assert later["nodes"] < everything["nodes"] and later["edges"] < everything["edges"]
    hidden = browser.execute_script(
        "const v = window.kgView; return v.data.nodes.filter((n) => "
        "v.renderer.getNodeDisplayData(n.id).hidden).map((n) => n.group)"
    )
    assert set(hidden) <= {"Event", "Document", "Quantity"} and "Event" in hidden
    bars = browser.execute_script("return window.kgView.timelineBars()")
    assert all(b["faded"] for b in bars)  # both months lie before the window
    assert browser.find_element(By.ID, "kg-from").get_attribute("value") == "2024-04-01"
    browser.execute_script("window.kgView.setDates('2024-03-01', '2024-03-31')")
    browser.save_screenshot(str(tmp_path / "dates.png"))
    browser.save_screenshot("/tmp/time/dates.png")
    march = browser.execute_script("return window.kgView.timelineBars()")
    assert {b["month"] for b in march if not b["faded"]} == {"2024-03"}
    browser.find_element(By.ID, "kg-all-dates").click()
    assert _drawn(browser) == everything
