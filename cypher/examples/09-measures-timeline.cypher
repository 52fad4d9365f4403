// name: Timeline of measures
// description: Every dated measure in date order, for a spreadsheet timeline.
MATCH (m:Measure)
WHERE m.date IS NOT NULL
RETURN m.date AS date, m.name AS measure, m.kind AS kind, m.status AS status
ORDER BY date
