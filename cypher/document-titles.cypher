// Every document's id, title (else its display name) and date: what an evidence sentence shows of its document.
MATCH (d:Document)
RETURN d.id AS id, coalesce(d.title, d.name) AS docTitle, d.published AS published
