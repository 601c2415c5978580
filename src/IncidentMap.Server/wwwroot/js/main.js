// The map page: wires the map, its layers, the panels and the URL state together.

import { fetchLayer } from './api.js';
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
import { typeInfo } from './types.js';
import { readViewState, writeViewState } from './viewState.js';

// Outlines at about 500 m: full 1:10m detail is megabytes the map cannot show at country zoom.
const OUTLINE = { simplify: '0.005' };

const ATTRIBUTION = 'Made with <a href="https://www.naturalearthdata.com/">Natural Earth</a> · '
  + '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) · '
  + '<a href="https://github.com/mledoze/countries">mledoze/countries</a> (ODbL)';

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
    if (located) incidents.open(located.id);
  },
  openIncident: (id) => incidents.open(id),
});

const live = createLiveEvents(map, { getFilters: () => filters.get(), onReload: () => refresh({ domain: true }) });

let osm = Boolean(initial.osm);
if (osm) { map.removeLayer(basemap.offline); basemap.online.addTo(map); }
map.on('baselayerchange', (event) => { osm = event.layer === basemap.online; saveState(); });
map.on('overlayadd', (event) => { if (event.layer === borders.layer) loadBorders(); });
map.on('moveend', () => saveState());

function saveState() {
  const centre = map.getCenter();
  const f = filters.get();
  writeViewState({
    view: { zoom: map.getZoom(), lat: centre.lat, lon: centre.lng },
    from: f.from, to: f.to, types: f.types,
    panel: panels.current(), osm, ...(panels.current() === 'border' ? nearBorder.state() : {}),
  });
}

let bordersLoaded = false;
async function loadBorders() {
  if (bordersLoaded) return;
  bordersLoaded = true;
  try {
    borders.show(await fetchLayer('borders', {}, undefined, OUTLINE));
  } catch (error) {
    bordersLoaded = false;
    status.fail(`Could not load the land borders: ${error.message}`);
  }
}

function showList(shown) {
  const sorted = [...shown].sort((a, b) => String(b.date ?? '').localeCompare(String(a.date ?? '')));
  document.getElementById('list-count').textContent = `(${shown.length})`;
  replaceChildren(document.getElementById('incident-list'), sorted.map((incident) => {
    const parts = [
      el('span', { class: 'kind', style: `color:${typeInfo(incident.type).colour}` }, humanize(incident.subtype || incident.type)),
      el('span', { class: 'date' }, incident.date ?? 'undated'),
      el('span', { class: 'text' }, incident.summary),
    ];
    // An incident with no place has no marker to open: it is listed, marked as such.
    if (!incident.latlng) return el('li', {}, el('div', { class: 'incident-item unlocated' }, ...parts, el('span', { class: 'where' }, 'No place found')));
    return el('li', {}, el('button', {
      type: 'button',
      class: 'incident-item',
      'data-incident-id': incident.id,
      onclick: () => { panels.closeOnPhone(); incidents.open(incident.id); },
    }, ...parts));
  }));
}

let controller = null;
let firstLoad = true;
async function refresh({ domain = false } = {}) {
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  const f = filters.get();
  updateDownloadLinks(f);
  live.refilter();
  saveState();
  status.busy('Loading incidents…');
  try {
    const unfiltered = !f.types && !f.from && !f.to;
    const [incidentCollection, areaCollection, all] = await Promise.all([
      fetchLayer('incidents', f, signal),
      fetchLayer('areas', f, signal, OUTLINE),
      (firstLoad || domain) && !unfiltered ? fetchLayer('incidents', {}, signal) : null,
    ]);
    const shown = incidentCollection.features.map(readIncident);
    if (firstLoad || domain) filters.setDomain((all ?? incidentCollection).features.map((x) => readIncident(x).date));
    incidents.show(shown);
    areas.show(areaCollection);
    const counts = new Map();
    for (const incident of shown) counts.set(incident.type, (counts.get(incident.type) ?? 0) + 1);
    legend.update(counts, areas.maxCount());
    filters.showCounts(counts);
    showList(shown);
    const located = shown.filter((x) => x.latlng).length;
    const unlocated = shown.length - located;
    status.done(`${shown.length} incident${shown.length === 1 ? '' : 's'}${unlocated ? ` (${unlocated} without a place)` : ''} · ${areaCollection.features.length} areas`);
    document.getElementById('status').dataset.incidents = String(located);
    if (firstLoad && !initial.view && located) map.fitBounds(incidents.group.getBounds(), { padding: [40, 40], maxZoom: 7 });
    if (firstLoad && initial.panel === 'border') nearBorder.open(initial); else nearBorder.refresh();
    firstLoad = false;
  } catch (error) {
    if (error.name === 'AbortError') return;
    status.fail(`Could not load incidents: ${error.message}`, () => refresh({ domain: firstLoad }));
  }
}

if (initial.view) map.setView([initial.view.lat, initial.view.lon], initial.view.zoom);
function loadBasemap() {
  basemap.load().catch((error) => status.fail(`The offline basemap could not be loaded: ${error.message}`, loadBasemap));
}
loadBasemap();
refresh();
