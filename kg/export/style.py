"""One look for every picture of the graph: a colour and a shape per node label.

Colours are the Okabe–Ito palette (distinguishable with the common colour-vision
deficiencies) plus greys for the two graph-only labels; shapes differ too, so the legend
still works in greyscale print. Both the HTML page and the static pictures read this.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.schema import Label


@dataclass(frozen=True)
class Style:
    colour: str  # CSS hex
    shape: str  # legend swatch: "dot" round, anything else square
    marker: str  # matplotlib marker


STYLES: dict[Label, Style] = {
    Label.COUNTRY: Style("#0072B2", "hexagon", "h"),
    Label.PERSON: Style("#E69F00", "dot", "o"),
    Label.ORGANIZATION: Style("#009E73", "square", "s"),
    Label.PLACE: Style("#56B4E9", "triangle", "^"),
    Label.PROJECT: Style("#D55E00", "diamond", "D"),
    Label.EVENT: Style("#CC79A7", "star", "*"),
    Label.DOCUMENT: Style("#F0E442", "triangleDown", "v"),
    Label.TOPIC: Style("#7A5195", "dot", "8"),
    Label.ARTICLE: Style("#BDBDBD", "box", "s"),
    Label.QUANTITY: Style("#D7CCC8", "ellipse", "p"),
}

#: For nodes whose label is missing or unknown (a graph from an older build, say).
UNKNOWN = Style("#BDBDBD", "dot", "o")


def style(label: object) -> Style:
    """The style of a node label given as a string or `Label`."""
    try:
        return STYLES[Label(str(label))]
    except ValueError:
        return UNKNOWN


#: A colour per PLOVER event category (the timeline chart of the page and of
#: `kg export png --timeline`): cooperation in blues and greens, conflict in reds.
CATEGORY_COLOURS: dict[str, str] = {
    "CONSULT": "#4e79a7",
    "AGREE": "#59a14f",
    "COOPERATE": "#76b7b2",
    "SUPPORT": "#8cd17d",
    "AID": "#edc948",
    "CONCEDE": "#b6992d",
    "RETREAT": "#d4a6c8",
    "INVESTIGATE": "#9d7660",
    "DEMAND": "#f28e2b",
    "DISAPPROVE": "#ff9d9a",
    "ACCUSE": "#e15759",
    "REJECT": "#d37295",
    "THREATEN": "#b07aa1",
    "PROTEST": "#ff7f0e",
    "SANCTION": "#bc3a3a",
    "MOBILIZE": "#7f7f7f",
    "COERCE": "#8c564b",
    "ASSAULT": "#a50f15",
    "FIGHT": "#67000d",
    "CRIME": "#4d4d4d",
    "none": "#bab0ac",
}


def category_colour(category: str | None) -> str:
    """The colour of a PLOVER category; grey for none or an unknown one."""
    return CATEGORY_COLOURS.get(category or "none", CATEGORY_COLOURS["none"])
