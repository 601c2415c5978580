// Incident markers: one icon and colour per type, clustered; each marker opens its popup.

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
function clusterIcon(cluster) {
  const counts = new Map();
  for (const marker of cluster.getAllChildMarkers()) {
    counts.set(marker.options.incidentType, (counts.get(marker.options.incidentType) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const count = cluster.getChildCount();
  const size = count < 10 ? 34 : count < 100 ? 40 : 48;
  const body = el('div', { style: `border-color:${typeInfo(top).colour}` }, el('span', {}, String(count)));
  return L.divIcon({ html: body, className: 'incident-cluster', iconSize: [size, size] });
}

export function createIncidentLayer(map) {
  const group = L.markerClusterGroup({
    iconCreateFunction: clusterIcon,
    showCoverageOnHover: false,
    maxClusterRadius: 50,
    spiderfyOnMaxZoom: true,
  });
  const markers = new Map();

  function show(incidents) {
    group.clearLayers();
    markers.clear();
    const layers = [];
    for (const incident of incidents) {
      if (!incident.latlng) continue;
      const marker = L.marker(incident.latlng, {
        icon: iconFor(incident.type),
        incidentType: incident.type,
        title: `${typeInfo(incident.type).label}: ${incident.summary}`,
        alt: typeInfo(incident.type).label,
        keyboard: true,
      });
      marker.bindPopup(() => incidentPopup(incident), { maxWidth: 360, minWidth: 240, autoPanPadding: [24, 24] });
      markers.set(String(incident.id), marker);
      layers.push(marker);
    }
    group.addLayers(layers);
  }

  /**
   * Opens an incident's popup: incidents at the very same spot (one region, several events) are fanned out where
   * they are; otherwise the map zooms until the marker is out of its cluster.
   */
  function open(id) {
    const marker = markers.get(String(id));
    if (!marker) return;
    if (!map.hasLayer(group)) group.addTo(map);
    const parent = group.getVisibleParent(marker);
    const bounds = parent && parent !== marker ? parent.getBounds() : null;
    if (bounds && bounds.getNorthEast().equals(bounds.getSouthWest())) {
      group.once('spiderfied', () => marker.openPopup());
      parent.spiderfy();
      return;
    }
    group.zoomToShowLayer(marker, () => marker.openPopup());
  }

  return { group, show, open };
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
