// How two entities are connected.
// Every simple path of one to three relationships between two entities, in either
// direction, over every relationship type but MENTIONED_IN (articles are not links):
// the relationship types and what lies between, shortest first.
// Written as one part per length (UNION ALL) for both engines: LadybugDB has no list
// comprehension over nodes(p), and its UNION needs typed columns, so steps a shorter path
// lacks are '' rather than null. Paths of one and two relationships are walked from $from
// and their end tested against $to afterwards; three relationships bind both ends first,
// so the engines join from each. Both ends are found through the name index, one look-up
// each (Name nodes: kg/store/names.py), not by testing the names of every node.
// Parameters:
//   $from, $to  English or Arabic names, or node keys, of the two entities
// Example: kg query --file cypher/connection.cypher --param from="Ali Asadov" --param to=Kazakhstan
MATCH (:Name {text: $from})-[:NAMES]->(a)
MATCH (a)-[r1:HOLDS_POSITION|CO_CHAIRS|MEMBER_OF|SIGNED|PARTICIPATED_IN|HELD_IN|PART_OF|PRODUCED|DISCUSSED|LOCATED_IN|PASSES_THROUGH|OPERATED_BY|COOPERATES_IN|MET_WITH|MEASURES]-(b)
MATCH (:Name {text: $to})-[:NAMES]->(b)
RETURN 1 AS hops, r1.type AS step1, '' AS via1, '' AS step2, '' AS via2, '' AS step3
ORDER BY step1
UNION ALL
MATCH (:Name {text: $from})-[:NAMES]->(a)
MATCH (a)-[r1:HOLDS_POSITION|CO_CHAIRS|MEMBER_OF|SIGNED|PARTICIPATED_IN|HELD_IN|PART_OF|PRODUCED|DISCUSSED|LOCATED_IN|PASSES_THROUGH|OPERATED_BY|COOPERATES_IN|MET_WITH|MEASURES]-(x)-[r2:HOLDS_POSITION|CO_CHAIRS|MEMBER_OF|SIGNED|PARTICIPATED_IN|HELD_IN|PART_OF|PRODUCED|DISCUSSED|LOCATED_IN|PASSES_THROUGH|OPERATED_BY|COOPERATES_IN|MET_WITH|MEASURES]-(b)
MATCH (:Name {text: $to})-[:NAMES]->(b)
WHERE x.key <> a.key AND x.key <> b.key
RETURN 2 AS hops, r1.type AS step1, x.name AS via1, r2.type AS step2, '' AS via2,
       '' AS step3
ORDER BY step1, via1, step2
UNION ALL
MATCH (:Name {text: $from})-[:NAMES]->(a)
MATCH (:Name {text: $to})-[:NAMES]->(b)
MATCH (a)-[r1:HOLDS_POSITION|CO_CHAIRS|MEMBER_OF|SIGNED|PARTICIPATED_IN|HELD_IN|PART_OF|PRODUCED|DISCUSSED|LOCATED_IN|PASSES_THROUGH|OPERATED_BY|COOPERATES_IN|MET_WITH|MEASURES]-(x)-[r2:HOLDS_POSITION|CO_CHAIRS|MEMBER_OF|SIGNED|PARTICIPATED_IN|HELD_IN|PART_OF|PRODUCED|DISCUSSED|LOCATED_IN|PASSES_THROUGH|OPERATED_BY|COOPERATES_IN|MET_WITH|MEASURES]-(y)-[r3:HOLDS_POSITION|CO_CHAIRS|MEMBER_OF|SIGNED|PARTICIPATED_IN|HELD_IN|PART_OF|PRODUCED|DISCUSSED|LOCATED_IN|PASSES_THROUGH|OPERATED_BY|COOPERATES_IN|MET_WITH|MEASURES]-(b)
WHERE x.key <> a.key AND x.key <> b.key AND y.key <> a.key AND y.key <> b.key
  AND x.key <> y.key
RETURN 3 AS hops, r1.type AS step1, x.name AS via1, r2.type AS step2, y.name AS via2,
       r3.type AS step3
ORDER BY step1, via1, step2, via2, step3
