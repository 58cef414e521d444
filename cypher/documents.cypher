// Documents, who signed them, and at which event.
// Protocols, agreements, memoranda… with their signers and the events that produced them.
// A document is kept when its name or one of its signers' holds $name, tested on each
// (document, signer) row before anything is grouped; signers and events are then collected
// for the documents kept only.
// Parameters:
//   $name  part of the document's or of a signer's English name ("" for every document)
// Example: kg query --file cypher/documents.cypher --param name=Mustafayev
MATCH (d:Document)
OPTIONAL MATCH (s)-[:SIGNED]->(d)
WITH d, s
WHERE $name = '' OR d.name CONTAINS $name OR s.name CONTAINS $name
WITH DISTINCT d
OPTIONAL MATCH (s)-[:SIGNED]->(d)
OPTIONAL MATCH (e:Event)-[:PRODUCED]->(d)
WITH d, collect(DISTINCT s.name) AS signers, collect(DISTINCT e.name) AS events
RETURN d.name AS document, d.date AS date, signers, events
ORDER BY date, document
