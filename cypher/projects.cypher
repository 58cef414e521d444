// Projects and the places and countries they pass through.
// Pipelines, railways, corridors… with each place or country on their route, and the
// country a place lies in when an article says so.
// Parameters:
//   $project  part of the project's English or Arabic name ("" for every project)
// Example: kg query --file cypher/projects.cypher --param project=Corridor
MATCH (p:Project)-[r:PASSES_THROUGH]->(x)
WHERE $project = '' OR p.name CONTAINS $project OR p.name_ar CONTAINS $project
OPTIONAL MATCH (x)-[:LOCATED_IN]->(c:Country)
RETURN p.name AS project, x.label AS kind, x.name AS through, c.name AS in_country,
       r.support AS support
ORDER BY project, kind, through
