"""A seeded generator of synthetic Arabic news articles, for timing and scale only.

Each article reads like news about relations between two states — meetings, visits,
intergovernmental commissions, signed protocols, pipelines, trade figures — composed from
the sentence templates below. Countries, places and organizations come from the package's
gazetteer and titles of office from its titles list, so the extractor's matchers fire as
on real news; people are made up from syllables. The text carries what real feeds carry:
spelling variants (hamza, ta marbuta, alef maqsura), attached clitics, missing spaces after
punctuation, and numbers in both Western and Arabic-Indic digits. Nothing here is meant
to be extracted correctly; the same `seed` always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.extraction.titles import MINISTER
from kg.lexicon.gazetteer import gazetteer
from kg.lexicon.titles import portfolios, titles
from kg.schema import Label

# Sentence templates (written for this corpus). Slots: {A} {B} {C} countries; {adjA}
# masculine nisba of A (or "في A"); {cityA} {cityB} {cityC} places; {P1} {P2} people;
# {T1} {T2} titles of office; {ORG} {ORG2} organizations; {topic} {topic2} sectors;
# {date} a date; {ord} an ordinal; {n} {m} {k} {pct} {small} numbers.
SENTENCES = (
    "التقى {T1} {adjA} {P1} مع نظيره {adjB} {P2} في {cityA} {date}.",
    "وأجرى {P1} محادثات مع {T2} في {B} {P2} تناولت سبل تعزيز التعاون في مجالي {topic} و{topic2}.",
    "وعقد الاجتماع {ord} للجنة الحكومية الدولية المشتركة بين {A} و{B} في {cityA} {date}.",
    "وفي ختام الاجتماع وقع الجانبان بروتوكولا بشأن التعاون في مجال {topic}.",
    "وبلغ حجم التبادل التجاري بين {A} و{B} {n} مليون دولار خلال الأشهر {months} الأولى من العام "
    "الجاري، بزيادة {pct} في المئة مقارنة بالفترة نفسها من العام الماضي.",
    "ويمتد خط الأنابيب {cityA} - {cityB} - {cityC} على مسافة {n} كيلومتر، وتبلغ طاقته التصميمية "
    "{small} مليون طن سنويا.",
    "وأشار {P1} إلى أن {ORG} ستدرس مشاريع جديدة في قطاع {topic}.",
    "ويقوم {T1} {adjA} {P1} بزيارة رسمية إلى {B} تستغرق {small} أيام، يلتقي خلالها رئيس {B} {P2}.",
    "وأكد الجانبان أهمية ممر النقل الدولي الذي يربط {A} ب{B} عبر أراضي {C}.",
    "وقال {P2} إن استثمارات {A} في اقتصاد {B} تجاوزت {m} مليار دولار.",
    "كما بحث الطرفان زيادة حجم نقل البضائع عبر ميناء {cityA} إلى {k} ألف طن في العام.",
    "وشارك في الاجتماع ممثلو {ORG} و{ORG2}.",
    "واتفق الطرفان على عقد الاجتماع المقبل للجنة في {cityB} {date}.",
    "وأعرب {P2} عن شكره ل{P1} على حسن الاستقبال، ودعاه إلى زيارة {B}.",
    "ومن المقرر توقيع مذكرة تفاهم بين {ORG} و{ORG2} بشأن التعاون في مجال {topic2}.",
    "وأوضح {T2} {P2} أن بلاده مستعدة لرفع صادراتها من الغاز إلى {A} بنسبة {pct} في المئة.",
    "وتعمل {ORG} على إنشاء خط سكة حديد بطول {n} كيلومتر يربط {cityA} ب{cityB}.",
)
HEADLINES = (
    "{A} و{B} تبحثان تعزيز التعاون في مجال {topic}",
    "توقيع بروتوكول بين {A} و{B}",
    "{P1} يزور {B}",
    "اجتماع اللجنة الحكومية الدولية بين {A} و{B} في {cityA}",
    "ارتفاع التبادل التجاري بين {A} و{B}",
)
TOPICS = ("الطاقة", "النقل", "الزراعة", "التجارة", "الصناعة", "السياحة", "الاتصالات", "التعليم",
          "النفط والغاز", "الاستثمار", "الصحة", "الثقافة")  # fmt: skip
ORDINALS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
            "التاسع", "العاشر")  # fmt: skip
MONTHS = (
    ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
     "أكتوبر", "نوفمبر", "ديسمبر"),
    ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
     "تشرين الأول", "تشرين الثاني", "كانون الأول"),
)  # fmt: skip
MONTH_COUNTS = ("الثلاثة", "الستة", "التسعة", "العشرة")
# Syllables for made-up people: given names and surnames in the style of the region.
SYLLABLES = ("كا", "نات", "إل", "هام", "رو", "سلان", "بو", "زو", "ما", "عا", "دل", "سا", "مي",
             "نور", "سل", "طان", "فا", "جا", "لي", "دا", "نا", "را", "شي", "تي", "مور", "بك",
             "أس", "كر", "ول", "يو", "سف", "حي", "در")  # fmt: skip
SURNAME_ENDINGS = ("وف", "يف", "ييف", "وفا", "زاده", "لي", "اني", "ين", "ي")
EASTERN_DIGITS = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")
# Spelling variants real feeds carry: bare alef for hamza forms, ha for ta marbuta, and
# alef maqsura and ya swapped at the end of a word.
_VARIANTS = (
    (re.compile("[أإآ]"), "ا"),
    (re.compile("ة\\b"), "ه"),
    (re.compile("ى\\b"), "ي"),
    (re.compile("ي\\b"), "ى"),
)


@dataclass(frozen=True)
class _Country:
    names: tuple[str, ...]
    adjectives: tuple[str, ...]  # masculine, with the article: "الأذربيجاني"
    places: tuple[str, ...]


@dataclass(frozen=True)
class _Lexicon:
    countries: tuple[_Country, ...]
    places: tuple[str, ...]
    organizations: tuple[str, ...]
    titles: tuple[str, ...]


@cache
def _lexicon() -> _Lexicon:
    """Names from the package's gazetteer and titles, in a fixed order for determinism."""
    terms = sorted(gazetteer(), key=lambda t: t.key)
    by_country: dict[str, list[str]] = {}
    places: list[str] = []
    for term in terms:
        if term.label == Label.PLACE:
            places.append(term.names[0])
            if term.country:
                by_country.setdefault(term.country, []).append(term.names[0])
    countries = tuple(
        _Country(
            names=tuple(t.names),
            adjectives=tuple(a for a in t.adjectives if a.startswith("ال") and a.endswith("ي")),
            places=tuple(by_country.get(t.country or "", ())),
        )
        for t in terms
        if t.label == Label.COUNTRY
    )
    organizations = tuple(t.names[0] for t in terms if t.label == Label.ORGANIZATION)
    offices = [t.ar for t in titles() if t.kind != MINISTER]
    offices += [f"{t.ar} {p.ar}" for t in titles() if t.kind == MINISTER for p in portfolios()]
    return _Lexicon(countries, tuple(places), organizations, tuple(offices))


def write_corpus(out: Path, n: int, seed: int = 0) -> list[Path]:
    """Write `n` articles (`bench-00000.ar.txt` + `.meta.json`) into `out`; return their paths."""
    rng = random.Random(seed)
    lexicon = _lexicon()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        id_ = f"bench-{i:05d}"
        title, text = _article(rng, lexicon)
        path = out / f"{id_}.ar.txt"
        path.write_text(text, encoding="utf-8")
        published = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(4000))
        meta = {
            "id": id_,
            "url": f"https://bench.invalid/{id_}",
            "title": title,
            "published": published.isoformat(),
            "source": "bench corpus (synthetic)",
            "language": "ar",
        }
        (out / f"{id_}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
        paths.append(path)
    return paths


def _article(rng: random.Random, lexicon: _Lexicon) -> tuple[str, str]:
    """A headline and the text: the headline, then paragraphs of up to three sentences."""
    slots = _slots(rng, lexicon)
    title = rng.choice(HEADLINES).format(**slots)
    target = rng.randint(1000, 2000)  # bytes of UTF-8
    sentences: list[str] = []
    size = len(title.encode())
    for template in _cycle(rng, SENTENCES):
        if size >= target:
            break
        sentence = _vary(rng, template.format(**_slots(rng, lexicon, slots)))
        sentences.append(sentence)
        size += len(sentence.encode()) + 1
    paragraphs = []
    while sentences:
        paragraphs.append(_join(rng, sentences[:3]))
        del sentences[:3]
    body = "\n".join(paragraphs)
    return title, f"{title}\n{body}\n"


def _cycle(rng: random.Random, templates: tuple[str, ...]) -> list[str]:
    """The templates shuffled, twice over: enough sentences for the longest article."""
    order = list(templates)
    rng.shuffle(order)
    return order + order


def _slots(
    rng: random.Random, lexicon: _Lexicon, keep: dict[str, str] | None = None
) -> dict[str, str]:
    """Values for every slot; the two main countries and people stay those of the article."""
    if keep is not None:
        fresh = _slots(rng, lexicon)
        return {
            **fresh,
            **{k: keep[k] for k in ("A", "B", "adjA", "adjB", "P1", "P2", "cityA", "cityB")},
        }
    a, b, c = rng.sample(lexicon.countries, 3)
    return {
        "A": _variant_of(rng, a.names),
        "B": _variant_of(rng, b.names),
        "C": _variant_of(rng, c.names),
        "adjA": rng.choice(a.adjectives) if a.adjectives else f"في {a.names[0]}",
        "adjB": rng.choice(b.adjectives) if b.adjectives else f"في {b.names[0]}",
        "cityA": rng.choice(a.places or lexicon.places),
        "cityB": rng.choice(b.places or lexicon.places),
        "cityC": rng.choice(lexicon.places),
        "P1": _person(rng),
        "P2": _person(rng),
        "T1": rng.choice(lexicon.titles),
        "T2": rng.choice(lexicon.titles),
        "ORG": rng.choice(lexicon.organizations),
        "ORG2": rng.choice(lexicon.organizations),
        "topic": rng.choice(TOPICS),
        "topic2": rng.choice(TOPICS),
        "date": _date(rng),
        "ord": _ordinal(rng),
        "months": rng.choice(MONTH_COUNTS),
        "n": _number(rng, rng.randint(50, 9000)),
        "m": _number(rng, rng.randint(1, 40) / 2),
        "k": _number(rng, rng.randint(100, 900)),
        "pct": _number(rng, rng.randint(5, 400) / 10),
        "small": _number(rng, rng.randint(2, 9)),
    }


def _variant_of(rng: random.Random, names: tuple[str, ...]) -> str:
    """Mostly the usual name, sometimes a longer form."""
    return names[0] if rng.random() < 0.7 else rng.choice(names)


def _person(rng: random.Random) -> str:
    given = "".join(rng.choices(SYLLABLES, k=rng.randint(2, 3)))
    surname = "".join(rng.choices(SYLLABLES, k=rng.randint(1, 2))) + rng.choice(SURNAME_ENDINGS)
    return f"{given} {surname}"


def _number(rng: random.Random, value: float) -> str:
    """A figure, with thousands separators sometimes, in either digit system."""
    return _digits(rng, f"{value:,g}" if rng.random() < 0.5 else f"{value:g}")


def _digits(rng: random.Random, text: str) -> str:
    """Western digits, or (two times in five) Arabic-Indic ones."""
    return text.translate(EASTERN_DIGITS) if rng.random() < 0.4 else text


def _date(rng: random.Random) -> str:
    months = rng.choice(MONTHS)
    day, year = _digits(rng, str(rng.randint(1, 28))), _digits(rng, str(rng.randint(2010, 2024)))
    return f"{rng.choice(('في', 'يوم'))} {day} {rng.choice(months)} {year}"


def _ordinal(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(ORDINALS)
    return "الـ" + _digits(rng, str(rng.randint(2, 30)))


def _vary(rng: random.Random, sentence: str) -> str:
    """A few words spelled the way careless sites spell them."""
    words = sentence.split(" ")
    for i, word in enumerate(words):
        if rng.random() < 0.06:
            pattern, replacement = rng.choice(_VARIANTS)
            words[i] = pattern.sub(replacement, word, count=1)
    return " ".join(words)


def _join(rng: random.Random, sentences: list[str]) -> str:
    """Sentences of a paragraph, now and then with no space after the full stop or comma."""
    text = "".join(s + (" " if rng.random() < 0.7 else "") for s in sentences).rstrip()
    return text if rng.random() < 0.6 else text.replace("، ", "،")
