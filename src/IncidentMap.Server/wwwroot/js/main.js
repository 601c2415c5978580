// The map page: wires the map, its layers, the panels and the URL state together. The page asks only for what the
// view needs: the server's clusters for the view while it holds more than DETAIL_LIMIT incidents, the incidents
// themselves (clustered on the page) once it holds fewer.

import { fetchClusters, fetchIncidentExtent, fetchPage, fetchTimeline, getJson } from './api.js';
import { createAreaLayer, createBorderLayer } from './areaLayers.js';
import { createBasemap } from './basemap.js';
import { el, humanize, replaceChildren } from './dom.js';
import { updateDownloadLinks } from './downloads.js';
import { createFeedList } from './feedList.js';
import { createFilters } from './filters.js';
import { readIncident } from './incident.js';
import { createIncidentLayer, createLegend } from './incidentLayer.js';
import { createIngestPanel } from './ingest.js';
import { createLiveEvents } from './liveEvents.js';
import { createNearBorderPanel } from './nearBorder.js';
import { createPanels } from './panels.js';
import { createStatus } from './status.js';
import { createTimeline } from './timeline.js';
import { typeInfo } from './types.js';
import { readViewState, writeViewState } from './viewState.js';

const DETAIL_LIMIT = 1000;
// Areas drawn: the most incidents first. Their counts depend on the filters, not the view, so they are asked for once
// per filter change, with outlines as fine as the deepest zoom needs (about 500 m); Leaflet simplifies them on screen
// when zoomed out, so a pan or zoom never waits on them.
const AREA_LIMIT = 300;
const AREA_OUTLINE = '0.005';

const ATTRIBUTION = 'Made with <a href="https://www.naturalearthdata.com/">Natural Earth</a> · '
  + '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) · '
  + '<a href="https://github.com/mledoze/countries">mledoze/countries</a> (ODbL) · <a href="https://github.com/OpenSextant/Xponents">OpenSextant Xponents</a> (Apache-2.0)';

const initial = readViewState();
const status = createStatus();
const map = L.map('map', { zoomControl: true, worldCopyJump: true, minZoom: 2, maxZoom: 14 });
map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>').addAttribution(ATTRIBUTION);
for (const [pane, z] of [['basemap', 150], ['areas', 390], ['borders', 395], ['highlight', 420]]) {
  map.createPane(pane).style.zIndex = String(z);
}
map.setView([50, 20], 4);

const basemap = createBasemap(map);
const incidents = createIncidentLayer(map);
const areas = createAreaLayer();
const borders = createBorderLayer();
const legend = createLegend().addTo(map);
incidents.group.addTo(map);
areas.layer.addTo(map);

L.control.layers(
  { 'Offline outlines': basemap.offline, 'OpenStreetMap (online)': basemap.online },
  { Incidents: incidents.group, 'Areas by incident count': areas.layer, 'Land borders': borders.layer },
  { collapsed: window.matchMedia('(max-width: 700px)').matches },
).addTo(map);
L.control.scale({ imperial: false }).addTo(map);

const filters = createFilters(() => refresh());
filters.set(initial);
const timeline = createTimeline(document.getElementById('timeline'), (from, to) => filters.setDays(from, to));
const feedList = createFeedList();
const panels = createPanels(initial.panel, (panel) => {
  if (panel === 'border') nearBorder.open();
  if (panel === 'feeds') feedList.open(); else feedList.close();
  saveState();
});
if (initial.panel === 'feeds') feedList.open();
const nearBorder = createNearBorderPanel(map, { getFilters: () => filters.get(), onChange: () => saveState(), status });
createIngestPanel({
  onIngested: async (added) => {
    await refresh({ domain: true });
    const located = added.find((incident) => incident.latlng);
    if (located) openIncident(located.id);
  },
  openIncident: (id) => openIncident(id),
});

const live = createLiveEvents(map, { getFilters: () => filters.get(), onReload: () => refresh({ domain: true }) });

let osm = Boolean(initial.osm);
if (osm) { map.removeLayer(basemap.offline); basemap.online.addTo(map); }
map.on('baselayerchange', (event) => { osm = event.layer === basemap.online; saveState(); });
map.on('overlayadd', (event) => { if (event.layer === borders.layer) loadBorders(); });

function saveState() {
  const centre = map.getCenter();
  const f = filters.get();
  writeViewState({
    view: { zoom: map.getZoom(), lat: centre.lat, lon: centre.lng },
    from: f.from, to: f.to, types: f.types,
    panel: panels.current(), osm, ...(panels.current() === 'border' ? nearBorder.state() : {}),
  });
}

/** The view as an OGC bbox: longitudes wrapped to [-180, 180] (west > east across the antimeridian). */
function viewBbox() {
  const b = map.getBounds();
  const wrap = (x) => ((((x + 180) % 360) + 360) % 360) - 180;
  const [south, north] = [Math.max(-90, b.getSouth()), Math.min(90, b.getNorth())];
  const [west, east] = b.getEast() - b.getWest() >= 360 ? [-180, 180] : [wrap(b.getWest()), wrap(b.getEast())];
  return [west, south, east === -180 ? 180 : east, north].map((v) => v.toFixed(5)).join(',');
}

let bordersLoaded = false;
async function loadBorders() {
  if (bordersLoaded) return;
  bordersLoaded = true;
  try {
    borders.show(await fetchPage('borders', {}, undefined, { simplify: '0.005', limit: '1000' }));
  } catch (error) {
    bordersLoaded = false;
    status.fail(`Could not load the land borders: ${error.message}`);
  }
}

function showList(shown, inView) {
  const list = document.getElementById('incident-list');
  document.getElementById('list-count').textContent = `(${inView})`;
  if (shown === null) {
    replaceChildren(list, el('li', { class: 'hint' }, `${inView} incidents in view: zoom in to list them.`));
    return;
  }
  const sorted = [...shown].sort((a, b) => String(b.date ?? '').localeCompare(String(a.date ?? '')));
  replaceChildren(list, sorted.map((incident) => el('li', {}, el('button', {
    type: 'button',
    class: 'incident-item',
    'data-incident-id': incident.id,
    onclick: () => { panels.closeOnPhone(); openIncident(incident.id); },
  }, el('span', { class: 'kind', style: `color:${typeInfo(incident.type).colour}` }, humanize(incident.subtype || incident.type)),
  el('span', { class: 'date' }, incident.date ?? 'undated'),
  el('span', { class: 'text' }, incident.summary)))));
}

/** Opens an incident's popup, moving the view to it first when it is not drawn. */
async function openIncident(id) {
  if (!incidents.has(id)) {
    const feature = await getJson(`/api/incidents/${encodeURIComponent(id)}`).catch(() => null);
    if (!feature?.geometry) return;
    const [lon, lat] = feature.geometry.coordinates;
    map.setView([lat, lon], Math.max(map.getZoom(), 9), { animate: false });
    await loadView({ force: true });
  }
  incidents.open(id);
}

let viewController = null;
// The area whose incidents are all drawn: a view inside it needs nothing new (zooming in to an incident keeps its marker).
let detail = null;
/** The view's incidents or clusters, its timeline and the counts, for the current filters. */
async function loadView({ force = false } = {}) {
  const f = filters.get();
  const filtersKey = JSON.stringify(f);
  saveState();
  if (!force && detail && detail.filtersKey === filtersKey && detail.bounds.contains(map.getBounds())) return;
  viewController?.abort();
  viewController = new AbortController();
  const { signal } = viewController;
  const bbox = viewBbox();
  const zoom = map.getZoom();
  detail = null;
  status.busy('Loading incidents…');
  try {
    const [clusters, bars] = await Promise.all([
      fetchClusters(f, bbox, zoom, signal),
      fetchTimeline({ types: f.types }, bbox, signal),
    ]);
    let counts;
    let shown = null;
    if (clusters.numberMatched <= DETAIL_LIMIT) {
      const page = await fetchPage('incidents', f, signal, { bbox, limit: String(DETAIL_LIMIT) });
      shown = page.features.map(readIncident);
      incidents.show(shown);
      detail = { filtersKey, bounds: map.getBounds() };
      counts = new Map();
      for (const incident of shown) counts.set(incident.type, (counts.get(incident.type) ?? 0) + 1);
    } else {
      incidents.showClusters(clusters);
      counts = new Map(Object.entries(clusters.types ?? {}));
    }
    timeline.draw(bars, f);
    legend.update(counts, areas.maxCount());
    filters.showCounts(counts);
    showList(shown, clusters.numberMatched);
    const n = clusters.numberMatched;
    status.done(`${n} incident${n === 1 ? '' : 's'} in view${shown ? '' : ' (clustered)'} · ${areas.count()} areas`);
    const line = document.getElementById('status');
    line.dataset.bbox = bbox;
    line.dataset.incidents = String(n);
  } catch (error) {
    if (error.name === 'AbortError') return;
    status.fail(`Could not load incidents: ${error.message}`, () => loadView({ force: true }));
  }
}

let areaRequest = 0;
/** The areas shaded by incident count, for the filters. An answer overtaken by a later request is dropped. */
async function loadAreas() {
  const request = ++areaRequest;
  try {
    const collection = await fetchPage('areas', filters.get(), undefined, { simplify: AREA_OUTLINE, limit: String(AREA_LIMIT) });
    if (request === areaRequest) areas.show(collection);
  } catch (error) {
    if (request === areaRequest) status.fail(`Could not load the areas: ${error.message}`, () => loadAreas());
  }
}

let started = false;
async function refresh({ domain = false } = {}) {
  if (!started) return;
  updateDownloadLinks(filters.get());
  live.refilter();
  if (domain) await loadDomain();
  loadAreas();
  await loadView({ force: true });
  nearBorder.refresh();
}

/** The time slider's extent: the first and last incident dates of the store. */
async function loadDomain() {
  const all = await fetchTimeline({}, null);
  if (all.first) filters.setDomain([all.first, all.last]);
}

let moveTimer = null;
map.on('moveend', () => {
  if (!started) return;
  clearTimeout(moveTimer);
  // Panning fires many moveends: ask once the view has settled.
  moveTimer = setTimeout(() => {
    loadView();
  }, 150);
});

function loadBasemap() {
  basemap.load().catch((error) => status.fail(`The offline basemap could not be loaded: ${error.message}`, loadBasemap));
}

async function start() {
  status.busy('Loading incidents…');
  try {
    const [extent] = await Promise.all([fetchIncidentExtent(), loadDomain()]);
    if (initial.view) map.setView([initial.view.lat, initial.view.lon], initial.view.zoom, { animate: false });
    else {
      // Open on the incidents: the box of their points (Europe for a European archive).
      const [w, s, e, n] = extent.extent?.spatial?.bbox?.[0] ?? [-180, -60, 180, 75];
      map.fitBounds([[s, w], [n, e]], { padding: [40, 40], maxZoom: 7, animate: false });
    }
  } catch (error) {
    status.fail(`Could not load incidents: ${error.message}`, start);
    return;
  }
  started = true;
  await refresh();
  if (initial.panel === 'border') nearBorder.open(initial);
}

loadBasemap();
start();
