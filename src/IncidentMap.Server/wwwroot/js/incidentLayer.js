// Incident markers: one icon and colour per type, clustered; each marker opens its popup. Zoomed out, the server's
// clusters (exact counts per grid cell) are drawn instead, with the same look; a click zooms in on one.

import { el } from './dom.js';
import { INCIDENT_TYPES, iconUrl, typeInfo } from './types.js';
import { incidentPopup } from './popup.js';
import { SHADES } from './areaLayers.js';

const icons = new Map();

function iconFor(type) {
  if (!icons.has(type)) {
    icons.set(type, L.icon({ iconUrl: iconUrl(type), iconSize: [28, 28], iconAnchor: [14, 14], popupAnchor: [0, -12], className: 'incident-marker' }));
  }
  return icons.get(type);
}

/** A cluster shows how many incidents it holds, ringed by the colour of its commonest type. */
function countIcon(count, counts) {
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const size = count < 10 ? 34 : count < 100 ? 40 : count < 10000 ? 48 : 56;
  const body = el('div', { style: `border-color:${typeInfo(top).colour}` }, el('span', {}, String(count)));
  return L.divIcon({ html: body, className: 'incident-cluster', iconSize: [size, size] });
}

function clusterIcon(cluster) {
  const counts = new Map();
  for (const marker of cluster.getAllChildMarkers()) {
    counts.set(marker.options.incidentType, (counts.get(marker.options.incidentType) ?? 0) + 1);
  }
  return countIcon(cluster.getChildCount(), counts);
}

export function createIncidentLayer(map) {
  const markerGroup = L.markerClusterGroup({
    iconCreateFunction: clusterIcon,
    showCoverageOnHover: false,
    maxClusterRadius: 50,
    spiderfyOnMaxZoom: true,
  });
  const clusterGroup = L.layerGroup();
  const group = L.layerGroup([clusterGroup, markerGroup]);
  const markers = new Map();
  let shownKey = null;
  let openId = null;
  // While the map zooms to show a clustered marker, replacing the markers would pull it from under the animation:
  // the newest set waits until the marker is shown (or a few seconds, should the animation never end).
  let opening = null;
  let waiting = null;
  function opened() {
    clearTimeout(opening);
    opening = null;
    if (waiting) {
      const next = waiting;
      waiting = null;
      show(next);
    }
  }
  map.on('popupopen', (event) => { openId = event.popup._source?.options?.incidentId ?? null; });
  map.on('popupclose', () => { openId = null; });

  /** The server's clusters: one marker per grid cell; a click zooms in to the next zoom at least, or to its incidents. */
  function showClusters(collection) {
    shownKey = null;
    markerGroup.clearLayers();
    markers.clear();
    clusterGroup.clearLayers();
    for (const feature of collection.features) {
      const p = feature.properties;
      const [lon, lat] = feature.geometry.coordinates;
      const [w, s, e, n] = p.bounds;
      const bounds = L.latLngBounds([s, w], [n, e]);
      const marker = L.marker([lat, lon], {
        icon: countIcon(p.count, new Map(Object.entries(p.types ?? {}))),
        title: `${p.count} incidents: click to zoom in`,
        keyboard: true,
      });
      marker.on('click', () => {
        const zoom = Math.min(map.getMaxZoom(), Math.max(map.getZoom() + 1, map.getBoundsZoom(bounds.pad(0.1))));
        map.setView(bounds.getCenter(), zoom);
      });
      clusterGroup.addLayer(marker);
    }
  }

  /** Draws the incidents; the same set again (a zoom within the view) keeps the markers and any open popup. */
  function show(incidents) {
    if (opening) {
      waiting = incidents;
      return;
    }
    const key = incidents.map((incident) => incident.id).join(',');
    if (key === shownKey) return;
    shownKey = key;
    const reopen = openId;
    clusterGroup.clearLayers();
    markerGroup.clearLayers();
    markers.clear();
    const layers = [];
    for (const incident of incidents) {
      if (!incident.latlng) continue;
      const marker = L.marker(incident.latlng, {
        icon: iconFor(incident.type),
        incidentType: incident.type,
        incidentId: String(incident.id),
        title: `${typeInfo(incident.type).label}: ${incident.summary}`,
        alt: typeInfo(incident.type).label,
        keyboard: true,
      });
      marker.bindPopup(() => incidentPopup(incident), { maxWidth: 360, minWidth: 240, autoPanPadding: [24, 24] });
      markers.set(String(incident.id), marker);
      layers.push(marker);
    }
    markerGroup.addLayers(layers);
    // A popup open on an incident still shown stays open.
    if (reopen && markers.has(reopen)) open(reopen);
  }

  /**
   * Opens an incident's popup: incidents at the very same spot (one region, several events) are fanned out where
   * they are; otherwise the map zooms until the marker is out of its cluster.
   */
  function open(id) {
    const marker = markers.get(String(id));
    if (!marker) return;
    if (!map.hasLayer(group)) group.addTo(map);
    const parent = markerGroup.getVisibleParent(marker);
    const bounds = parent && parent !== marker ? parent.getBounds() : null;
    if (bounds && bounds.getNorthEast().equals(bounds.getSouthWest())) {
      markerGroup.once('spiderfied', () => marker.openPopup());
      parent.spiderfy();
      return;
    }
    opening = setTimeout(opened, 3000);
    markerGroup.zoomToShowLayer(marker, () => {
      marker.openPopup();
      opened();
    });
  }

  return { group, show, showClusters, open, has: (id) => markers.has(String(id)) };
}

/** A legend control listing the types with their icons and the counts shown. */
export function createLegend() {
  const control = L.control({ position: 'bottomright' });
  const list = el('ul', {});
  const areaMax = el('span', {});
  control.onAdd = () => {
    const box = el('div', { class: 'legend leaflet-bar', role: 'group', 'aria-label': 'Legend' },
      el('strong', {}, 'Incident types'), list,
      el('strong', {}, 'Areas by incidents'),
      el('div', { class: 'ramp' }, el('span', {}, '1'), ...SHADES.map((c) => el('i', { style: `background:${c}` })), areaMax));
    L.DomEvent.disableClickPropagation(box);
    return box;
  };
  control.update = (counts, maxAreaCount = 1) => {
    areaMax.textContent = String(maxAreaCount);
    list.replaceChildren(...INCIDENT_TYPES.map((t) => el('li', {},
      el('img', { src: iconUrl(t.code), alt: '', width: 16, height: 16 }),
      el('span', {}, t.label),
      el('span', { class: 'count' }, String(counts.get(t.code) ?? 0)))));
  };
  control.update(new Map());
  return control;
}
