// Documents, who signed them, and at which event.
// Protocols, agreements, memoranda… with their signers and the events that produced them.
// A document is kept when its name or one of its signers' holds $name: the keys of the
// documents whose name holds it, and of those a signer whose name holds it signed (each a
// scan of its own: testing both on every (document, signer) row costs LadybugDB a join of
// every signature, 71 -> 28 ms CPU on the 10k graph), then each kept document by its key;
// signers and events are collected for the documents kept only.
// Parameters:
//   $name  part of the document's or of a signer's English name ("" for every document)
// Example: kg query --file cypher/documents.cypher --param name=Mustafayev
MATCH (d:Document) WHERE $name = '' OR d.name CONTAINS $name
WITH collect(d.key) AS named
OPTIONAL MATCH (s)-[:SIGNED]->(x:Document) WHERE s.name CONTAINS $name
WITH named, collect(x.key) AS signed
UNWIND named + signed AS key
WITH DISTINCT key
MATCH (d:Document {key: key})
OPTIONAL MATCH (s)-[:SIGNED]->(d)
OPTIONAL MATCH (e:Event)-[:PRODUCED]->(d)
WITH d, collect(DISTINCT s.name) AS signers, collect(DISTINCT e.name) AS events
RETURN d.name AS document, d.date AS date, signers, events
ORDER BY date, document
