"""kg: Arabic news about relations between states, turned into a knowledge graph.

>>> import kg
>>> graph = kg.extract("وقع وزير الطاقة الأذربيجاني مذكرة تفاهم في باكو.")
>>> [e.name for e in graph.entities if e.label == "Country"]
['Azerbaijan']
"""

from kg.extract.pipeline import extract

__all__ = ["extract"]
