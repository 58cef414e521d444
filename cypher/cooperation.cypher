// Countries that cooperate in a topic.
// Countries said to cooperate in a sector, and how many articles say so.
// Parameters:
//   $topic  the topic's English or Arabic name ("energy", "الطاقة")
// Example: kg query --file cypher/cooperation.cypher --param topic=energy
MATCH (c:Country)-[r:COOPERATES_IN]->(t:Topic)
WHERE t.name = $topic OR t.name_ar = $topic
RETURN t.name AS topic, c.name AS country, r.support AS support
ORDER BY support DESC, country
