// How two entities are connected.
// Every simple path of one to three relationships between two entities, in either
// direction, not passing through articles: the relationship types and what lies between.
// One part per length (UNION ALL): LadybugDB has no list comprehension over nodes(p), and
// its UNION needs typed columns, so steps a shorter path lacks are '' rather than null.
// Parameters:
//   $from, $to  English or Arabic names, or node keys, of the two entities
// Example: kg query --file cypher/connection.cypher --param from="Ali Asadov" --param to=Kazakhstan
MATCH (a)-[r1]-(b)
WHERE (a.name = $from OR a.name_ar = $from OR a.key = $from)
  AND (b.name = $to OR b.name_ar = $to OR b.key = $to)
RETURN 1 AS hops, r1.type AS step1, '' AS via1, '' AS step2, '' AS via2, '' AS step3
ORDER BY step1
UNION ALL
MATCH (a)-[r1]-(x)-[r2]-(b)
WHERE (a.name = $from OR a.name_ar = $from OR a.key = $from)
  AND (b.name = $to OR b.name_ar = $to OR b.key = $to)
  AND x.label <> 'Article' AND x.key <> a.key AND x.key <> b.key
RETURN 2 AS hops, r1.type AS step1, x.name AS via1, r2.type AS step2, '' AS via2,
       '' AS step3
ORDER BY step1, via1, step2
UNION ALL
MATCH (a)-[r1]-(x)-[r2]-(y)-[r3]-(b)
WHERE (a.name = $from OR a.name_ar = $from OR a.key = $from)
  AND (b.name = $to OR b.name_ar = $to OR b.key = $to)
  AND x.label <> 'Article' AND y.label <> 'Article'
  AND x.key <> a.key AND x.key <> b.key AND y.key <> a.key AND y.key <> b.key
  AND x.key <> y.key
RETURN 3 AS hops, r1.type AS step1, x.name AS via1, r2.type AS step2, y.name AS via2,
       r3.type AS step3
ORDER BY step1, via1, step2, via2, step3
