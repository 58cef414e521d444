// Who co-chairs which commission.
// Each co-chair of a commission (or council), with the country they hold office in, if known.
// Parameters:
//   $commission  part of the commission's English or Arabic name ("" for every commission)
// Example: kg query --file cypher/co_chairs.cypher --param commission=Intergovernmental
MATCH (p:Person)-[r:CO_CHAIRS]->(o:Organization)
WHERE $commission = '' OR o.name CONTAINS $commission OR o.name_ar CONTAINS $commission
OPTIONAL MATCH (p)-[:HOLDS_POSITION]->(c:Country)
RETURN o.name AS commission, p.name AS co_chair, c.name AS country, r.support AS support
ORDER BY commission, co_chair, country
