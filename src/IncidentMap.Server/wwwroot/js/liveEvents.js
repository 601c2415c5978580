// Live events: the page follows /api/stream (server-sent events) and shows events created or changed after it
// loaded as markers of their own and as an "N new" list in the top bar, both narrowed by the current filters.
// The browser's EventSource reconnects by itself and sends Last-Event-ID, so nothing is missed in between.

import { el, humanize, replaceChildren, safeLink } from './dom.js';
import { geoPrecisionLabel, typeInfo } from './types.js';

/** Whether an event passes the page's filters: its type ticked and its date inside the time range. */
function passes(feature, filters) {
  const p = feature.properties ?? {};
  if (filters.types && !filters.types.includes(p.type)) return false;
  if (filters.from || filters.to) {
    if (!p.date) return false;
    if (filters.from && p.date < filters.from) return false;
    if (filters.to && p.date > filters.to) return false;
  }
  return true;
}

function latlngOf(feature) {
  return feature.geometry?.type === 'Point' ? [feature.geometry.coordinates[1], feature.geometry.coordinates[0]] : null;
}

function describe(p) {
  return `${humanize(p.subtype || p.type)} · ${p.place_name ?? 'unknown place'} · ${p.date ?? 'undated'}`;
}

/** The popup of a live event: what happened where and when, and every published report of it. */
function eventPopup(feature) {
  const p = feature.properties;
  const sources = (p.sources ?? []).map((s) => el('li', {},
    safeLink(s.url, s.title || s.url || 'untitled'),
    el('span', { class: 'outlet' }, ` — ${s.outlet ?? 'unknown outlet'}${s.published ? `, ${s.published.slice(0, 10)}` : ''}`)));
  return el('div', { class: 'event-popup' },
    el('h3', { style: `color:${typeInfo(p.type).colour}` }, humanize(p.subtype || p.type)),
    el('p', {}, `${p.place_name ?? 'Unknown place'} · ${p.date ?? 'undated'} (${p.date_precision}) · ${geoPrecisionLabel(p.geo_precision)}`),
    el('p', { class: 'reports' }, `${p.reports} report${p.reports === 1 ? '' : 's'}`),
    el('ul', { class: 'sources' }, ...sources));
}

export function createLiveEvents(map, { getFilters, onReload }) {
  const badge = document.getElementById('live-new');
  const panel = document.getElementById('live-list');
  const list = panel.querySelector('ol');
  map.createPane('live').style.zIndex = '640';
  const layer = L.layerGroup().addTo(map);
  const fresh = new Map();

  function markerOf(feature) {
    const p = feature.properties;
    const marker = L.circleMarker(latlngOf(feature), {
      pane: 'live',
      radius: 7 + Math.min(8, 2 * Math.log2(p.reports || 1)),
      color: '#fff',
      weight: 2,
      fillColor: typeInfo(p.type).colour,
      fillOpacity: 0.95,
      className: 'live-event-marker',
    });
    marker.bindPopup(() => eventPopup(feature), { maxWidth: 360, minWidth: 240 });
    marker.bindTooltip(describe(p));
    return marker;
  }

  function open(feature) {
    const latlng = latlngOf(feature);
    if (!latlng) return;
    map.flyTo(latlng, Math.max(map.getZoom(), 8));
    layer.eachLayer((m) => { if (m.options.eventId === feature.id) m.openPopup(); });
  }

  /** Redraws the markers and the list for the current filters. */
  function render() {
    const filters = getFilters();
    const shown = [...fresh.values()].filter((f) => passes(f, filters))
      .sort((a, b) => (b.properties.updated_at ?? '').localeCompare(a.properties.updated_at ?? ''));
    layer.clearLayers();
    for (const feature of shown) {
      if (!latlngOf(feature)) continue;
      const marker = markerOf(feature);
      marker.options.eventId = feature.id;
      layer.addLayer(marker);
    }
    badge.hidden = shown.length === 0;
    badge.textContent = `${shown.length} new`;
    badge.dataset.count = String(shown.length);
    replaceChildren(list, shown.map((feature) => el('li', {}, el('button', {
      type: 'button',
      class: 'live-item',
      'data-event-id': feature.id,
      onclick: () => open(feature),
    }, el('span', { class: 'kind', style: `color:${typeInfo(feature.properties.type).colour}` }, describe(feature.properties)),
    el('span', { class: 'reports' }, `${feature.properties.reports} report${feature.properties.reports === 1 ? '' : 's'}`)))));
  }

  badge.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    badge.setAttribute('aria-expanded', String(!panel.hidden));
  });
  panel.querySelector('.live-reload').addEventListener('click', async () => {
    fresh.clear();
    render();
    panel.hidden = true;
    badge.setAttribute('aria-expanded', 'false');
    await onReload();
  });

  const source = new EventSource('/api/stream');
  source.addEventListener('event', (message) => {
    const feature = JSON.parse(message.data);
    fresh.set(feature.id, feature);
    render();
  });
  source.addEventListener('removed', (message) => {
    fresh.delete(JSON.parse(message.data).id);
    render();
  });
  source.addEventListener('open', () => document.body.setAttribute('data-live', 'open'));
  source.addEventListener('error', () => document.body.setAttribute('data-live', 'reconnecting'));

  return { refilter: render };
}
