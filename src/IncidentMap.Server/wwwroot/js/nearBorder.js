// The near-border panel: pick a border (searchable by country name) and a distance; the incidents within that
// distance are listed nearest first and ringed on the map, with the distance buffer drawn around the border.

import { fetchBorderBuffer, fetchBorders, fetchNearBorder } from './api.js';
import { el, humanize, replaceChildren } from './dom.js';
import { readIncident } from './incident.js';
import { incidentPopup } from './popup.js';
import { typeInfo } from './types.js';
import { downloadJson } from './downloads.js';

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
  const search = document.getElementById('border-search');
  const select = document.getElementById('border-select');
  const km = document.getElementById('border-km');
  const summary = document.getElementById('border-summary');
  const results = document.getElementById('border-results');
  const download = document.getElementById('download-border');
  const layer = L.featureGroup([], { pane: 'highlight' }).addTo(map);
  let borders = null;
  let result = null;
  let wanted = null;

  function fillSelect() {
    const words = search.value.trim().toLowerCase();
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

  function drawResult(collection, buffer, fit) {
    layer.clearLayers();
    if (buffer) {
      L.geoJSON(buffer, {
        pane: 'highlight',
        style: (f) => (f.geometry.type.includes('Line')
          ? { color: '#1a5276', weight: 3 }
          : { color: '#2874a6', weight: 1.5, dashArray: '4 3', fillColor: '#5dade2', fillOpacity: 0.15 }),
        interactive: false,
      }).addTo(layer);
    }
    const items = [];
    for (const feature of collection.features) {
      const incident = readIncident(feature);
      const distance = incident.distanceKm === null ? '' : `${incident.distanceKm.toFixed(1)} km`;
      let ring = null;
      if (incident.latlng) {
        ring = L.circleMarker(incident.latlng, {
          pane: 'highlight', radius: 16, color: '#f1c40f', weight: 4, fill: false, className: 'near-border-ring',
        }).bindPopup(() => incidentPopup(incident), { maxWidth: 360 })
          .bindTooltip(el('span', {}, distance), { permanent: true, direction: 'right', offset: [16, 0], className: 'distance-label' })
          .addTo(layer);
      }
      items.push(el('li', {}, el('button', {
        type: 'button',
        class: 'incident-item',
        onclick: () => { if (ring) { map.setView(ring.getLatLng(), Math.max(map.getZoom(), 7)); ring.openPopup(); } },
      }, el('span', { class: 'distance' }, distance),
      el('span', { class: 'kind', style: `color:${typeInfo(incident.type).colour}` }, humanize(incident.subtype || incident.type)),
      el('span', { class: 'text' }, incident.summary))));
    }
    replaceChildren(results, items);
    if (fit && layer.getLayers().length) {
      // On a phone the panel is a drawer over the map's lower part: keep the result above it.
      const drawer = document.getElementById('sidebar');
      const covered = getComputedStyle(drawer).position === 'absolute' && drawer.classList.contains('open') ? drawer.offsetHeight : 0;
      map.fitBounds(layer.getBounds(), { paddingTopLeft: [30, 30], paddingBottomRight: [30, 30 + covered], maxZoom: 8 });
    }
  }

  /** Searches; fits the map to the result unless the view came with a link. */
  async function run(fit = true) {
    const border = (borders ?? []).find((b) => b.id === select.value);
    if (!border) return;
    wanted = border.id;
    const distance = Number(km.value);
    onChange();
    summary.textContent = `Looking for incidents within ${distance} km of ${border.nameA} – ${border.nameB}…`;
    status.busy('Searching near the border…');
    try {
      const [collection, buffer] = await Promise.all([
        fetchNearBorder(border.a, border.b, distance, getFilters()),
        fetchBorderBuffer(border.a, border.b, distance).catch(() => null),
      ]);
      result = collection;
      const n = collection.features.length;
      summary.textContent = `${n} incident${n === 1 ? '' : 's'} within ${distance} km of the ${border.nameA} – ${border.nameB} border.`;
      drawResult(collection, buffer, fit);
      download.disabled = false;
      download.onclick = () => downloadJson(collection, `incidents-near-${border.id.toLowerCase()}-${distance}km.geojson`);
      status.done();
    } catch (error) {
      summary.textContent = `Near-border search failed: ${error.message}`;
      status.fail(`Near-border search failed: ${error.message}`);
    }
  }

  search.addEventListener('input', fillSelect);
  select.addEventListener('dblclick', () => form.requestSubmit());
  form.addEventListener('submit', (event) => { event.preventDefault(); run(); });

  return {
    /** Loads the border list when the panel is first opened; reruns the search a link asked for. */
    async open(state) {
      await loadBorders();
      if (state?.border && borders) {
        wanted = state.border;
        if (state.km) km.value = String(state.km);
        fillSelect();
        if (select.value === wanted) run(false);
      }
    },
    /** Reruns the current search when the filters change. */
    refresh() { if (result && select.value) run(false); },
    state: () => (wanted ? { border: wanted, km: Number(km.value) } : {}),
  };
}
