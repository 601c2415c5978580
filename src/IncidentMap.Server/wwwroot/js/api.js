// Talks to the IncidentMap HTTP API. Every layer request carries the current filters, so the map,
// the counts and the downloads show exactly what the API answers for them.

/** An API failure with the problem+json title/detail when the server sent one. */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function failure(response) {
  let message = `${response.status} ${response.statusText}`;
  try {
    const problem = await response.json();
    message = [problem.title, problem.detail].filter(Boolean).join(': ') || message;
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(message, response.status);
}

export async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/geo+json, application/json' }, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError('The server cannot be reached', 0);
  }
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** Query parameters for the filters: type list and datetime interval (whole UTC days, inclusive). */
export function filterParams(filters) {
  const params = new URLSearchParams();
  if (filters.types) params.set('type', [...filters.types].join(','));
  if (filters.from || filters.to) {
    const from = filters.from ? `${filters.from}T00:00:00Z` : '..';
    const to = filters.to ? `${filters.to}T23:59:59Z` : '..';
    params.set('datetime', `${from}/${to}`);
  }
  return params;
}

export function layerUrl(layer, filters, extra = {}) {
  const params = filterParams(filters);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return `/api/layers/${layer}${query ? `?${query}` : ''}`;
}

/** The first page of a layer (at most `limit` features, with numberMatched and a `next` link). */
export async function fetchPage(layer, filters, signal, extra = {}) {
  // No type ticked: nothing to show, and no request that would mean "every type".
  if (filters.types && filters.types.length === 0) return { type: 'FeatureCollection', features: [], numberMatched: 0 };
  return getJson(layerUrl(layer, filters, extra), signal);
}

/** The view's incidents counted on the server's grid for the zoom: {features: [clusters], numberMatched, types}. */
export async function fetchClusters(filters, bbox, zoom, signal) {
  if (filters.types && filters.types.length === 0) return { type: 'FeatureCollection', features: [], numberMatched: 0, types: {} };
  // A zoom mid-animation is fractional; the grids are per whole zoom step.
  return getJson(layerUrl('clusters', filters, { bbox, zoom: String(Math.round(zoom)) }), signal);
}

/** Dated incidents per day, week or month for the filters (and the view when a bbox is given). */
export async function fetchTimeline(filters, bbox, signal) {
  const params = filterParams(filters);
  if (bbox) params.set('bbox', bbox);
  return getJson(`/api/stats/timeline?${params}`, signal);
}

/** The incidents collection's metadata: the box and the time span of its data. */
export async function fetchIncidentExtent(signal) {
  return getJson('/ogc/collections/incidents', signal);
}

export async function fetchBorders(signal) {
  return getJson('/api/borders', signal);
}

/** One page of the incidents near a border: `options` has limit, cursor (from the previous page's next link),
 * measure (outline or point) and maxGeoPrecision. */
export async function fetchNearBorder(a, b, km, filters, options = {}, signal = undefined) {
  const params = filterParams(filters);
  for (const [key, value] of Object.entries({ a, b, km: String(km), limit: String(options.limit ?? 100) })) params.set(key, value);
  if (options.cursor) params.set('cursor', options.cursor);
  if (options.measure === 'point') params.set('measure', 'point');
  if (options.maxGeoPrecision) params.set('max_geo_precision', String(options.maxGeoPrecision));
  return getJson(`/api/incidents/near-border?${params}`, signal);
}

export async function fetchBorderBuffer(a, b, km, signal) {
  const params = new URLSearchParams({ a, b, km: String(km) });
  return getJson(`/api/basemap/border-buffer?${params}`, signal);
}

/** Posts an article; resolves to the API's answer (article id and incidents). */
export async function postArticle(article, apiKey) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (apiKey) headers.Authorization = `Bearer ${apiKey}`;
  let response;
  try {
    response = await fetch('/api/articles', { method: 'POST', headers, body: JSON.stringify(article) });
  } catch {
    throw new ApiError('The server cannot be reached', 0);
  }
  if (!response.ok) throw await failure(response);
  return { created: response.status === 201, body: await response.json() };
}
