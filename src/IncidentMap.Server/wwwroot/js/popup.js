// The incident popup, built from DOM nodes: summary, titles and names are inserted as text only.

import { el, humanize, safeLink } from './dom.js';
import { geoPrecisionLabel, iconUrl, typeInfo } from './types.js';
import { mentionRanges, whereText } from './incident.js';

/** The summary sentence with each place mention wrapped in <mark>. */
export function highlightedSummary(incident) {
  const quote = el('blockquote', { class: 'summary-text' });
  let at = 0;
  for (const [start, end] of mentionRanges(incident)) {
    quote.append(document.createTextNode(incident.summary.slice(at, start)));
    quote.append(el('mark', {}, incident.summary.slice(start, end)));
    at = end;
  }
  quote.append(document.createTextNode(incident.summary.slice(at)));
  return quote;
}

function row(label, ...value) {
  return [el('dt', {}, label), el('dd', {}, ...value)];
}

export function incidentPopup(incident) {
  const info = typeInfo(incident.type);
  const date = incident.date
    ? `${incident.date}${incident.datePrecision ? ` (${String(incident.datePrecision).toLowerCase()} precision)` : ''}`
    : 'undated';
  const source = [
    incident.title ? safeLink(incident.url, incident.title) : null,
    incident.source ? el('span', { class: 'source-name' }, ` — ${incident.source}`) : null,
  ];
  return el('article', { class: 'incident-popup', 'data-incident-id': incident.id },
    el('header', {},
      el('img', { src: iconUrl(incident.type), alt: '', width: 20, height: 20 }),
      el('strong', { style: `color:${info.colour}` }, info.label),
      incident.subtype ? el('span', { class: 'subtype' }, ` · ${humanize(incident.subtype)}`) : null),
    highlightedSummary(incident),
    el('dl', {},
      row('When', date),
      row('Where', whereText(incident)),
      row('Precision', geoPrecisionLabel(incident.geoPrecision)),
      incident.distanceKm !== null ? row('Distance', `${incident.distanceKm.toFixed(1)} km from the border (its place)`
        + `${incident.pointDistanceKm !== null ? `, ${incident.pointDistanceKm.toFixed(1)} km (its marker)` : ''}`) : null,
      incident.actors.length ? row('Actors', incident.actors.join(', ')) : null,
      row('Source', ...source)));
}
