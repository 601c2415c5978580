-- The incidents layer for one bbox, built by PostgreSQL itself: the same features, properties, order, limit and
-- numberMatched as GET /api/layers/incidents?bbox=...&limit=1000. Driven by pgbench (bench/store/run.sh, bench/server/run.sh).
\set minx 23.0
\set miny 51.0
\set maxx 24.5
\set maxy 52.5
WITH box AS (SELECT ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, 4326) AS g),
matched AS (SELECT i.* FROM incidents i, box WHERE ST_Intersects(i.location, box.g)),
page AS (SELECT * FROM matched ORDER BY article_id DESC, id LIMIT 1000)
SELECT json_build_object(
    'type', 'FeatureCollection',
    'numberMatched', (SELECT count(*) FROM matched),
    'numberReturned', (SELECT count(*) FROM page),
    'features', coalesce((
        SELECT json_agg(json_build_object(
            'type', 'Feature',
            'id', p.id,
            'geometry', ST_AsGeoJSON(p.location)::json,
            'properties', json_build_object(
                'id', p.id, 'type', p.type, 'subtype', p.subtype, 'date', p.date,
                'date_precision', lower(p.date_precision), 'geo_precision', p.geo_precision,
                'summary', p.summary, 'summary_start', p.summary_start, 'summary_end', p.summary_end,
                'place_name', pl.names[1], 'place_code', pl.codes[1], 'place_kind', lower(pl.kinds[1]),
                'place_names', pl.names, 'countries', p.countries, 'actors', p.actors, 'places', pl.places,
                'article_id', a.id, 'article_title', a.title, 'article_source', a.source, 'article_url', a.url,
                'article_published', a.published))
            ORDER BY p.article_id DESC, p.id)
        FROM page p
        JOIN articles a ON a.id = p.article_id
        CROSS JOIN LATERAL (
            SELECT json_agg(json_build_object(
                       'id', x.id, 'kind', lower(x.kind), 'name', x.name, 'code', x.code, 'country', x.country_code,
                       'mention', ip.mention, 'mention_start', ip.mention_start, 'mention_end', ip.mention_end)
                       ORDER BY ip.ordinal) AS places,
                   array_agg(x.name ORDER BY ip.ordinal) AS names,
                   array_agg(x.code ORDER BY ip.ordinal) AS codes,
                   array_agg(x.kind ORDER BY ip.ordinal) AS kinds
            FROM incident_places ip JOIN places x ON x.id = ip.place_id
            WHERE ip.incident_id = p.id) pl), '[]'::json));
