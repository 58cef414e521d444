// The evidence sentences behind a relationship.
// Every relationship of a type between two entities, with its role, support and evidence
// (a JSON list of {article, sentence, start, end, text} records). Both entities are found
// through the name index, one look-up each (Name nodes: kg/store/names.py).
// Parameters:
//   $source, $target  English or Arabic names, or node keys, of the two entities
//   $type             the relationship type ("HOLDS_POSITION", "SIGNED", …)
// Example: kg query --file cypher/evidence.cypher --param source="Ali Asadov" --param type=HOLDS_POSITION --param target=Azerbaijan
MATCH (:Name {text: $source})-[:NAMES]->(a)-[r]->(b)<-[:NAMES]-(:Name {text: $target})
WHERE r.type = $type
RETURN a.name AS source, r.type AS type, r.role AS role, b.name AS target,
       r.support AS support, r.evidence AS evidence
ORDER BY role
