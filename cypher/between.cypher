// What happened between two entities from one date to another.
// Events and documents both took part in or signed (themselves or through people who hold a
// position in them), meetings of a body both belong to, and meetings of their officials
// (MET_WITH), dated inside the window, in date order. Dates are ISO text compared as text,
// both ends included: '2016' <= '2016-09-22' <= '2016-12-31'. The first part walks from $a
// to its events and from them to $b, through officials (HOLDS_POSITION*0..1: the entity
// itself, or a person who holds a position in it), not from every participant of every event.
// Both entities are found through the name index, one look-up each (Name nodes:
// kg/store/names.py), not by testing the names of every node. The window is tested after a
// WITH: inside the MATCH, LadybugDB starts from every dated relationship instead of from
// the two entities (the MET_WITH part: 26 -> 5 ms on the 10k graph).
// Parameters:
//   $a, $b      English or Arabic names, or node keys, of the two entities
//   $from, $to  first and last date of the window ('2016-01-01', '2024-12-31')
// Example: kg query --file cypher/between.cypher --param a=Azerbaijan --param b=Kazakhstan --param from=2016 --param to=2024-12-31
MATCH (:Name {text: $a})-[:NAMES]->(a)
MATCH (a)<-[:HOLDS_POSITION*0..1]-(x)-[:PARTICIPATED_IN|SIGNED]->(e)
WITH DISTINCT e
MATCH (:Name {text: $b})-[:NAMES]->(b)
MATCH (b)<-[:HOLDS_POSITION*0..1]-(y)-[:PARTICIPATED_IN|SIGNED]->(e)
WITH DISTINCT e
WHERE e.date >= $from AND e.date <= $to
RETURN DISTINCT e.date AS date, e.label AS kind, e.category AS category, e.name AS what
ORDER BY date, what
UNION ALL
MATCH (:Name {text: $a})-[:NAMES]->(a)
MATCH (:Name {text: $b})-[:NAMES]->(b)
MATCH (a)-[:MEMBER_OF]->(o:Organization)<-[:MEMBER_OF]-(b)
MATCH (e:Event)-[:PART_OF]->(o)
WHERE e.date >= $from AND e.date <= $to
RETURN DISTINCT e.date AS date, e.label AS kind, e.category AS category, e.name AS what
ORDER BY date, what
UNION ALL
MATCH (:Name {text: $a})-[:NAMES]->(a)<-[:HOLDS_POSITION]-(p:Person)-[m:MET_WITH]-(q:Person)
      -[:HOLDS_POSITION]->(b)<-[:NAMES]-(:Name {text: $b})
WITH p, q, m
WHERE m.date >= $from AND m.date <= $to
RETURN DISTINCT m.date AS date, 'MET_WITH' AS kind, 'CONSULT' AS category,
       p.name + ' met ' + q.name AS what
ORDER BY date, what
