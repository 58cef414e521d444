// Agreements signed by a country, per year.
// Documents the country signed, itself or through people who hold a position in it, counted
// by the year of their date (the document's own, else its article's; 'undated' when
// neither is known), with their names.
// Parameters:
//   $country  English or Arabic name, or node key, of the country
// Example: kg query --file cypher/agreements_per_year.cypher --param country=Egypt
MATCH (c:Country) WHERE c.name = $country OR c.name_ar = $country OR c.key = $country
MATCH (x)-[:SIGNED]->(d:Document)
OPTIONAL MATCH (x)-[h:HOLDS_POSITION]->(c)
WITH c, x, d, h
WHERE x.key = c.key OR h IS NOT NULL
WITH DISTINCT d, CASE WHEN d.date IS NULL THEN 'undated' ELSE left(d.date, 4) END AS year
RETURN year, count(d) AS agreements, collect(d.name) AS documents
ORDER BY year
