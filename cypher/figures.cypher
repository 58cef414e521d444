// Figures between two countries over time.
// Trade volumes and other figures that measure both countries at once, by metric and period.
// Parameters:
//   $a, $b    the two countries' English names or Wikidata QIDs (either order)
//   $metric   part of the metric name ("trade_volume"; "" for every metric)
// Example: kg query --file cypher/figures.cypher --param a=Azerbaijan --param b=Kazakhstan --param metric=trade
MATCH (x:Country)<-[:MEASURES]-(q:Quantity)-[:MEASURES]->(y:Country)
WHERE (x.name = $a OR x.wikidata = $a) AND (y.name = $b OR y.wikidata = $b)
  AND ($metric = '' OR q.metric CONTAINS $metric)
RETURN q.metric AS metric, q.period AS period, q.value AS value, q.unit AS unit,
       q.change_pct AS change_pct, q.support AS support
ORDER BY metric, period
