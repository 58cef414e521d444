// Meetings of officials of two entities.
// People who hold a position in one who met people who hold a position in the other
// (MET_WITH), and events officials of both took part in, with the date, in date order.
// Both entities are found through the name index, one look-up each (Name nodes:
// kg/store/names.py), not by testing the names of every node.
// Parameters:
//   $a, $b  English or Arabic names, or node keys, of the two entities
// Example: kg query --file cypher/officials_meetings.cypher --param a=Egypt --param b=China
MATCH (:Name {text: $a})-[:NAMES]->(a)
MATCH (:Name {text: $b})-[:NAMES]->(b)
MATCH (p:Person)-[:HOLDS_POSITION]->(a)
MATCH (q:Person)-[:HOLDS_POSITION]->(b)
MATCH (p)-[m:MET_WITH]-(q)
RETURN DISTINCT m.date AS date, p.name AS official_a, q.name AS official_b, '' AS event
ORDER BY date, official_a, official_b
UNION ALL
MATCH (:Name {text: $a})-[:NAMES]->(a)
MATCH (:Name {text: $b})-[:NAMES]->(b)
MATCH (p:Person)-[:HOLDS_POSITION]->(a)
MATCH (q:Person)-[:HOLDS_POSITION]->(b)
MATCH (p)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(q)
RETURN DISTINCT e.date AS date, p.name AS official_a, q.name AS official_b, e.name AS event
ORDER BY date, official_a, official_b, event
