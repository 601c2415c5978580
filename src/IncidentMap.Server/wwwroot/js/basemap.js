// The offline basemap: the gazetteer's country outlines and seas as vector layers served by this server,
// with OpenStreetMap tiles as an online alternative the user can switch to.

import { getJson } from './api.js';
import { el } from './dom.js';

const LAND = { color: '#a39e93', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 };
const SEA = { stroke: false, fillColor: '#c6dbef', fillOpacity: 0.55 };

export function createBasemap(map) {
  const renderer = L.canvas({ padding: 0.5, pane: 'basemap' });
  const countries = L.geoJSON(null, { pane: 'basemap', renderer, style: LAND, interactive: false });
  const seas = L.geoJSON(null, {
    pane: 'basemap',
    renderer,
    style: SEA,
    onEachFeature: (feature, layer) => layer.bindTooltip(el('span', {}, feature.properties?.name ?? ''), { sticky: true }),
  });
  const offline = L.layerGroup([seas, countries]);
  const online = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  });

  // The server simplifies the outlines on its first request, which takes a few seconds: say so meanwhile.
  const note = L.control({ position: 'bottomleft' });
  note.onAdd = () => el('div', { class: 'basemap-note', role: 'status' }, 'Drawing the country outlines…');

  async function load(signal) {
    note.addTo(map);
    try {
      const [land, water] = await Promise.all([
        getJson('/api/basemap/countries', signal),
        getJson('/api/basemap/seas', signal),
      ]);
      seas.addData(water);
      countries.addData(land);
      map.getContainer().dataset.basemap = 'ready';
    } finally {
      note.remove();
    }
  }

  offline.addTo(map);
  return { offline, online, load };
}
