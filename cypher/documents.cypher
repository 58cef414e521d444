// Documents, who signed them, and at which event.
// Protocols, agreements, memoranda… with their signers and the events that produced them.
// Parameters:
//   $name  part of the document's or of a signer's English name ("" for every document)
// Example: kg query --file cypher/documents.cypher --param name=Mustafayev
MATCH (d:Document)
OPTIONAL MATCH (s)-[:SIGNED]->(d)
OPTIONAL MATCH (e:Event)-[:PRODUCED]->(d)
WITH d, collect(DISTINCT s.name) AS signers, collect(DISTINCT e.name) AS events,
     count(CASE WHEN s.name CONTAINS $name THEN 1 END) AS hits
WHERE $name = '' OR hits > 0 OR d.name CONTAINS $name
RETURN d.name AS document, d.date AS date, signers, events
ORDER BY date, document
