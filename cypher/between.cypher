// What happened between two entities from one date to another.
// Events and documents both took part in or signed (themselves or through people who hold a
// position in them), meetings of a body both belong to, and meetings of their officials
// (MET_WITH), dated inside the window, in date order. Dates are ISO text compared as text,
// both ends included: '2016' <= '2016-09-22' <= '2016-12-31'. The first part starts from the
// events of $a and its officials, not from every pair of participants of every event.
// Parameters:
//   $a, $b      English or Arabic names, or node keys, of the two entities
//   $from, $to  first and last date of the window ('2016-01-01', '2024-12-31')
// Example: kg query --file cypher/between.cypher --param a=Azerbaijan --param b=Kazakhstan --param from=2016 --param to=2024-12-31
MATCH (a) WHERE a.name = $a OR a.name_ar = $a OR a.key = $a
OPTIONAL MATCH (p)-[:HOLDS_POSITION]->(a)
WITH a, collect(p.key) + [a.key] AS side
MATCH (x)-[:PARTICIPATED_IN|SIGNED]->(e) WHERE x.key IN side
WITH DISTINCT e
MATCH (b) WHERE b.name = $b OR b.name_ar = $b OR b.key = $b
OPTIONAL MATCH (q)-[:HOLDS_POSITION]->(b)
WITH e, b, collect(q.key) + [b.key] AS side
MATCH (y)-[:PARTICIPATED_IN|SIGNED]->(e)
WHERE y.key IN side AND e.date >= $from AND e.date <= $to
RETURN DISTINCT e.date AS date, e.label AS kind, e.category AS category, e.name AS what
ORDER BY date, what
UNION ALL
MATCH (a) WHERE a.name = $a OR a.name_ar = $a OR a.key = $a
MATCH (b) WHERE b.name = $b OR b.name_ar = $b OR b.key = $b
MATCH (a)-[:MEMBER_OF]->(o:Organization)<-[:MEMBER_OF]-(b)
MATCH (e:Event)-[:PART_OF]->(o)
WHERE e.date >= $from AND e.date <= $to
RETURN DISTINCT e.date AS date, e.label AS kind, e.category AS category, e.name AS what
ORDER BY date, what
UNION ALL
MATCH (a) WHERE a.name = $a OR a.name_ar = $a OR a.key = $a
MATCH (b) WHERE b.name = $b OR b.name_ar = $b OR b.key = $b
MATCH (p:Person)-[:HOLDS_POSITION]->(a)
MATCH (q:Person)-[:HOLDS_POSITION]->(b)
MATCH (p)-[m:MET_WITH]-(q)
WHERE m.date >= $from AND m.date <= $to
RETURN DISTINCT m.date AS date, 'MET_WITH' AS kind, 'CONSULT' AS category,
       p.name + ' met ' + q.name AS what
ORDER BY date, what
