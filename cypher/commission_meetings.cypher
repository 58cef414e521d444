// Meetings of a commission: when, where, and what they discussed.
// Events that are part of a commission, with their date, places and topics or projects.
// Parameters:
//   $commission  part of the commission's English or Arabic name ("" for every commission)
// Example: kg query --file cypher/commission_meetings.cypher --param commission=Kazakhstan
MATCH (e:Event)-[:PART_OF]->(o:Organization)
WHERE $commission = '' OR o.name CONTAINS $commission OR o.name_ar CONTAINS $commission
OPTIONAL MATCH (e)-[:HELD_IN]->(place)
OPTIONAL MATCH (e)-[:DISCUSSED]->(subject)
RETURN o.name AS commission, e.name AS meeting, e.date AS date,
       collect(DISTINCT place.name) AS places, collect(DISTINCT subject.name) AS discussed
ORDER BY date, meeting
