// The near-border panel: pick a border (searchable by country name) and a distance; the incidents within that
// distance are listed nearest first with how many there are, a page at a time ("Show more" follows each page's next
// link through all of them, however many), and ringed on the
// map, with the distance buffer drawn around the border. Distances are from the places' outlines or from the
// incidents' markers, as chosen.

import { fetchBorderBuffer, fetchBorders, fetchNearBorder } from './api.js';
import { el, humanize, replaceChildren } from './dom.js';
import { readIncident } from './incident.js';
import { incidentPopup } from './popup.js';
import { typeInfo } from './types.js';

/** A border pair of /api/borders: {id: "border:BLR-POL", a: {code, name}, b: {code, name}, length_km}. */
function readBorder(pair) {
  return {
    a: pair.a.code,
    b: pair.b.code,
    id: `${pair.a.code}-${pair.b.code}`,
    nameA: pair.a.name,
    nameB: pair.b.name,
    lengthKm: pair.length_km ?? null,
  };
}

export function createNearBorderPanel(map, { getFilters, onChange, status }) {
  const form = document.getElementById('border-form');
  const searchBox = document.getElementById('border-search');
  const select = document.getElementById('border-select');
  const km = document.getElementById('border-km');
  const summary = document.getElementById('border-summary');
  const results = document.getElementById('border-results');
  const download = document.getElementById('download-border');
  const more = document.getElementById('border-more');
  const measure = document.getElementById('border-measure');
  const precision = document.getElementById('border-precision');
  const layer = L.featureGroup([], { pane: 'highlight' }).addTo(map);
  const rings = L.featureGroup([], { pane: 'highlight' }).addTo(map);
  let borders = null;
  let result = null;
  let wanted = null;
  let search = null;

  function fillSelect() {
    const words = searchBox.value.trim().toLowerCase();
    const matching = (borders ?? []).filter((b) => !words
      || `${b.nameA} ${b.nameB} ${b.a} ${b.b}`.toLowerCase().includes(words));
    replaceChildren(select, matching.map((b) => el('option', { value: b.id, selected: b.id === wanted },
      `${b.nameA} – ${b.nameB}${b.lengthKm ? ` (${Math.round(b.lengthKm)} km)` : ''}`)));
  }

  async function loadBorders() {
    if (borders) return;
    try {
      borders = (await fetchBorders()).map(readBorder)
        .sort((x, y) => `${x.nameA} ${x.nameB}`.localeCompare(`${y.nameA} ${y.nameB}`));
      fillSelect();
    } catch (error) {
      summary.textContent = `Could not load the border list: ${error.message}`;
    }
  }

  function drawBuffer(buffer) {
    layer.clearLayers();
    rings.clearLayers();
    if (!buffer) return;
    L.geoJSON(buffer, {
      pane: 'highlight',
      style: (f) => (f.geometry.type.includes('Line')
        ? { color: '#1a5276', weight: 3 }
        : { color: '#2874a6', weight: 1.5, dashArray: '4 3', fillColor: '#5dade2', fillOpacity: 0.15 }),
      interactive: false,
    }).addTo(layer);
  }

  /** Adds a page of results to the list and rings them on the map. */
  function addResults(collection, byPoint) {
    const items = [];
    for (const feature of collection.features) {
      const incident = readIncident(feature);
      const km = byPoint ? incident.pointDistanceKm : incident.distanceKm;
      const distance = km === null || km === undefined ? '' : `${km.toFixed(1)} km`;
      let ring = null;
      if (incident.latlng) {
        ring = L.circleMarker(incident.latlng, {
          pane: 'highlight', radius: 16, color: '#f1c40f', weight: 4, fill: false, className: 'near-border-ring',
        }).bindPopup(() => incidentPopup(incident), { maxWidth: 360 })
          .bindTooltip(el('span', {}, distance), { permanent: true, direction: 'right', offset: [16, 0], className: 'distance-label' })
          .addTo(rings);
      }
      items.push(el('li', {}, el('button', {
        type: 'button',
        class: 'incident-item',
        onclick: () => { if (ring) { map.setView(ring.getLatLng(), Math.max(map.getZoom(), 7)); ring.openPopup(); } },
      }, el('span', { class: 'distance' }, distance),
      el('span', { class: 'kind', style: `color:${typeInfo(incident.type).colour}` }, humanize(incident.subtype || incident.type)),
      el('span', { class: 'text' }, incident.summary))));
    }
    results.append(...items);
  }

  function fitToResult() {
    const bounds = layer.getBounds();
    if (!bounds.isValid()) return;
    // On a phone the panel is a drawer over the map's lower part: keep the result above it.
    const drawer = document.getElementById('sidebar');
    const covered = getComputedStyle(drawer).position === 'absolute' && drawer.classList.contains('open') ? drawer.offsetHeight : 0;
    map.fitBounds(bounds, { paddingTopLeft: [30, 30], paddingBottomRight: [30, 30 + covered], maxZoom: 8 });
  }

  function describe(border, distance, shown, matched) {
    const from = search.byPoint ? 'markers' : 'places';
    summary.textContent = `${matched} incident${matched === 1 ? '' : 's'} within ${distance} km of the ${border.nameA} – ${border.nameB} border`
      + ` (measured from their ${from})${shown < matched ? `; showing the nearest ${shown}` : ''}.`;
    summary.dataset.matched = String(matched);
    more.hidden = !search.cursor;
  }

  /** The cursor of a page's next link, or null on the last page. */
  function nextCursor(page) {
    const next = page.links?.find((l) => l.rel === 'next')?.href;
    return next ? new URL(next, window.location.href).searchParams.get('cursor') : null;
  }

  /** The next page of the current search. */
  async function loadMore() {
    if (!search?.cursor) return;
    const { border, distance } = search;
    more.disabled = true;
    try {
      const page = await fetchNearBorder(border.a, border.b, distance, search.filters,
        { cursor: search.cursor, limit: 100, measure: search.byPoint ? 'point' : 'outline', maxGeoPrecision: search.precision });
      addResults(page, search.byPoint);
      search.shown += page.features.length;
      search.cursor = nextCursor(page);
      describe(border, distance, search.shown, page.numberMatched);
    } catch (error) {
      summary.textContent = `Near-border search failed: ${error.message}`;
    } finally {
      more.disabled = false;
    }
  }

  /** Searches: the first page, the buffer, and the map fitted to the border. */
  async function run(fit = true) {
    const border = (borders ?? []).find((b) => b.id === select.value);
    if (!border) return;
    wanted = border.id;
    const distance = Number(km.value);
    const byPoint = measure.value === 'point';
    const filters = getFilters();
    search = { border, distance, byPoint, precision: precision.value || null, filters, shown: 0, cursor: null };
    onChange();
    summary.textContent = `Looking for incidents within ${distance} km of ${border.nameA} – ${border.nameB}…`;
    status.busy('Searching near the border…');
    try {
      const [page, buffer] = await Promise.all([
        fetchNearBorder(border.a, border.b, distance, filters,
          { limit: 100, measure: byPoint ? 'point' : 'outline', maxGeoPrecision: search.precision }),
        fetchBorderBuffer(border.a, border.b, distance).catch(() => null),
      ]);
      result = page;
      replaceChildren(results);
      drawBuffer(buffer);
      addResults(page, byPoint);
      search.shown = page.features.length;
      search.cursor = nextCursor(page);
      describe(border, distance, search.shown, page.numberMatched);
      if (fit) fitToResult();
      download.hidden = false;
      const params = new URLSearchParams(new URL(page.links?.find((l) => l.rel === 'self')?.href ?? 'http://x/', window.location.href).search);
      params.delete('offset');
      params.delete('cursor');
      params.delete('limit');
      params.set('download', '1');
      download.href = `/api/incidents/near-border?${params}`;
      status.done();
    } catch (error) {
      summary.textContent = `Near-border search failed: ${error.message}`;
      status.fail(`Near-border search failed: ${error.message}`);
    }
  }

  more.addEventListener('click', loadMore);
  searchBox.addEventListener('input', fillSelect);
  select.addEventListener('dblclick', () => form.requestSubmit());
  form.addEventListener('submit', (event) => { event.preventDefault(); run(); });

  return {
    /** Loads the border list when the panel is first opened; reruns the search a link asked for. */
    async open(state) {
      await loadBorders();
      if (state?.border && borders) {
        wanted = state.border;
        if (state.km) km.value = String(state.km);
        if (state.measure) measure.value = state.measure;
        fillSelect();
        // A shared link opens on the border it names.
        if (select.value === wanted) run(true);
      }
    },
    /** Reruns the current search when the filters change. */
    refresh() { if (result && select.value) run(false); },
    state: () => (wanted ? { border: wanted, km: Number(km.value), measure: measure.value === 'point' ? 'point' : null } : {}),
  };
}
