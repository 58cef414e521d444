// Agreements signed by a country, per year.
// Documents the country signed, itself or through people who hold a position in it, counted
// by the year of their date (the document's own, else its article's; 'undated' when
// neither is known), with their names.
// The country is found by name among countries only, and the documents are reached from
// it (HOLDS_POSITION*0..1: itself, or one of its officials), not by testing every signer.
// Parameters:
//   $country  English or Arabic name, or node key, of the country
// Example: kg query --file cypher/agreements_per_year.cypher --param country=Egypt
MATCH (c:Country) WHERE c.name = $country OR c.name_ar = $country OR c.key = $country
MATCH (c)<-[:HOLDS_POSITION*0..1]-(x)-[:SIGNED]->(d:Document)
WITH DISTINCT d, CASE WHEN d.date IS NULL THEN 'undated' ELSE left(d.date, 4) END AS year
RETURN year, count(d) AS agreements, collect(d.name) AS documents
ORDER BY year
