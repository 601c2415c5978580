// Reads an incident feature of the API (snake_case properties) into the shape the page uses.

function list(value) {
  if (Array.isArray(value)) return value;
  if (value === null || value === undefined || value === '') return [];
  return [value];
}

/** The places of an incident with the mention that named each (offsets into the article text when known). */
function places(p) {
  return list(p.places).map((place) => ({
    name: place.name ?? '',
    kind: place.kind,
    code: place.code,
    mention: place.mention,
    start: place.mention_start,
    end: place.mention_end,
  }));
}

export function readIncident(feature) {
  const p = feature.properties ?? {};
  return {
    id: feature.id ?? p.id,
    type: p.type ?? '',
    subtype: p.subtype ?? '',
    date: p.date ?? null,
    datePrecision: p.date_precision ?? null,
    geoPrecision: p.geo_precision ?? null,
    summary: p.summary ?? '',
    summaryStart: p.summary_start ?? null,
    places: places(p),
    placeNames: list(p.place_names),
    actors: list(p.actors),
    articleId: p.article_id ?? null,
    title: p.article_title ?? '',
    source: p.article_source ?? '',
    url: p.article_url ?? '',
    distanceKm: p.distance_km ?? null,
    pointDistanceKm: p.point_distance_km ?? null,
    latlng: feature.geometry?.type === 'Point'
      ? [feature.geometry.coordinates[1], feature.geometry.coordinates[0]]
      : null,
  };
}

/** Where the incident is, in words: its places' names. */
export function whereText(incident) {
  const names = incident.places.map((p) => p.name).filter(Boolean);
  return (names.length ? names : incident.placeNames).join(', ') || 'unknown place';
}

/**
 * The place mentions inside the summary as [start, end) offsets into the summary: from the stored offsets when the
 * summary's own offset is known, else by finding the mention text in the summary.
 */
export function mentionRanges(incident) {
  const ranges = [];
  const summary = incident.summary;
  for (const place of incident.places) {
    let start = -1;
    let end = -1;
    if (Number.isInteger(place.start) && Number.isInteger(incident.summaryStart)) {
      start = place.start - incident.summaryStart;
      end = place.end - incident.summaryStart;
    }
    if (!(start >= 0 && end <= summary.length && start < end) && place.mention) {
      start = summary.indexOf(place.mention);
      end = start + place.mention.length;
    }
    if (start >= 0 && end <= summary.length && start < end) ranges.push([start, end]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  return ranges.filter((r, i) => i === 0 || r[0] >= ranges[i - 1][1]);
}
