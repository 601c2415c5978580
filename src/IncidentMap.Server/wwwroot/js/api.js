// Talks to the IncidentMap HTTP API. Every layer request carries the current filters, so the map,
// the counts and the downloads show exactly what the API answers for them.

const PAGE_SIZE = 1000;

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

/** Every feature of a layer, following offset pages until numberMatched features are in; `extra` adds
 * parameters such as `simplify`. */
export async function fetchLayer(layer, filters, signal, extra = {}) {
  const features = [];
  // No type ticked: nothing to show, and no request that would mean "every type".
  if (filters.types && filters.types.length === 0) return { type: 'FeatureCollection', features };
  let matched = Infinity;
  while (features.length < matched) {
    const page = await getJson(layerUrl(layer, filters, { ...extra, limit: PAGE_SIZE, offset: features.length }), signal);
    const batch = page.features ?? [];
    features.push(...batch);
    matched = Number.isFinite(page.numberMatched) ? page.numberMatched : features.length;
    if (batch.length === 0) break;
  }
  return { type: 'FeatureCollection', features };
}

export async function fetchBorders(signal) {
  return getJson('/api/borders', signal);
}

export async function fetchNearBorder(a, b, km, filters, signal) {
  const params = filterParams(filters);
  for (const [key, value] of Object.entries({ a, b, km: String(km), limit: String(PAGE_SIZE) })) params.set(key, value);
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
