// Officials of a country and their roles.
// Who holds which position in (or for) a country, and how many articles say so.
// Parameters:
//   $country  the country's English or Arabic name, or its Wikidata QID ("Azerbaijan", "Q227")
// Example: kg query --file cypher/officials.cypher --param country=Azerbaijan
MATCH (p:Person)-[r:HOLDS_POSITION]->(c:Country)
WHERE c.name = $country OR c.name_ar = $country OR c.wikidata = $country
RETURN p.name AS person, p.name_ar AS person_ar, r.role AS role, r.support AS support
ORDER BY support DESC, person, role
