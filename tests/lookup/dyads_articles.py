"""Three short Arabic articles written for the dyad and timeline tests, built into a graph.

Egypt and China meet twice (a commission session in Cairo with a memorandum and a trade
figure; their foreign ministers again in Beijing months later); Jordan and Iraq meet once,
and accuse a third party. Nothing joins Iraq and China.
"""

from __future__ import annotations

import datetime as dt

import networkx as nx

from kg import extract
from kg.graph import build
from kg.models import ArticleMeta

EGYPT_CHINA_1 = (
    "القاهرة - عقد الاجتماع الخامس للجنة المصرية الصينية المشتركة في القاهرة في 12 مارس 2024.\n"
    "وشارك وزير الخارجية المصري سامح شكري ونظيره الصيني وانغ يي في الاجتماع.\n"
    "ووقعت مصر والصين مذكرة تفاهم للتعاون في مجال الاستثمار.\n"
    "وبلغ حجم التبادل التجاري بين مصر والصين 15 مليار دولار في عام 2023."
)
EGYPT_CHINA_2 = (
    "التقى وزير الخارجية المصري سامح شكري نظيره الصيني وانغ يي في بكين.\n"
    "وبحث الوزيران التعاون في مجال الطاقة."
)
JORDAN_IRAQ = (
    "استقبل رئيس الوزراء الأردني بشر الخصاونة في عمان رئيس الوزراء العراقي محمد شياع السوداني.\n"
    "واتهم الجانبان جهات خارجية بعرقلة مشروع خط أنابيب البصرة - العقبة خلال الاجتماع."
)
ARTICLES = (
    ("ec1", EGYPT_CHINA_1, dt.date(2024, 3, 13)),
    ("ec2", EGYPT_CHINA_2, dt.date(2024, 6, 1)),
    ("ji", JORDAN_IRAQ, dt.date(2023, 1, 5)),
)


def dyads_graph() -> nx.MultiDiGraph:
    """The three articles built into one graph, each with its URL and publication date."""
    return build(
        extract(text, ArticleMeta(id=aid, url=f"https://news.example.org/{aid}", published=day))
        for aid, text, day in ARTICLES
    )
