// Areas shaded by incident count, and the land borders.

import { el } from './dom.js';

export const SHADES = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];

function countOf(feature) {
  const p = feature.properties ?? {};
  return Number(p.incident_count ?? 0);
}

function shade(count, max) {
  if (max <= 1) return SHADES[2];
  const step = Math.min(SHADES.length - 1, Math.floor((Math.log(count) / Math.log(max)) * (SHADES.length - 1)));
  return SHADES[Math.max(0, step)];
}

export function createAreaLayer() {
  const layer = L.geoJSON(null, { pane: 'areas' });

  let max = 1;

  function show(collection) {
    layer.clearLayers();
    max = Math.max(1, ...collection.features.map(countOf));
    // Largest first, so smaller areas (regions) stay on top of countries and seas and remain hoverable.
    const features = [...collection.features].sort((a, b) => areaSize(b) - areaSize(a));
    for (const feature of features) {
      const count = countOf(feature);
      const sub = L.geoJSON(feature, {
        pane: 'areas',
        style: { color: '#922b21', weight: 1, opacity: 0.6, fillColor: shade(count, max), fillOpacity: 0.35 },
      });
      const name = feature.properties?.name ?? feature.id ?? 'Area';
      sub.bindTooltip(el('span', {}, `${name}: ${count} incident${count === 1 ? '' : 's'}`), { sticky: true });
      layer.addLayer(sub);
    }
  }

  return { layer, show, maxCount: () => max, count: () => layer.getLayers().length };
}

function areaSize(feature) {
  const bounds = L.geoJSON(feature).getBounds();
  return bounds.isValid() ? (bounds.getEast() - bounds.getWest()) * (bounds.getNorth() - bounds.getSouth()) : 0;
}

export function borderName(p) {
  return `${p.name_a ?? p.country_a} – ${p.name_b ?? p.country_b}`;
}

export function createBorderLayer() {
  const layer = L.geoJSON(null, {
    pane: 'borders',
    style: { color: '#4a235a', weight: 2, dashArray: '6 4', opacity: 0.8 },
    onEachFeature: (feature, line) => line.bindTooltip(el('span', {}, borderName(feature.properties ?? {})), { sticky: true }),
  });
  return { layer, show: (collection) => { layer.clearLayers(); layer.addData(collection); } };
}
