// The add-article panel: posts the pasted text with the API key and lists the incidents found in it.

import { postArticle } from './api.js';
import { el, humanize, replaceChildren } from './dom.js';
import { readIncident } from './incident.js';
import { typeInfo } from './types.js';


export function createIngestPanel({ onIngested, openIncident }) {
  const form = document.getElementById('ingest-form');
  const summary = document.getElementById('ingest-summary');
  const results = document.getElementById('ingest-results');
  const submit = form.querySelector('button[type=submit]');
  const value = (id) => document.getElementById(id).value.trim();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const published = value('ingest-published');
    const article = {
      title: value('ingest-title'),
      text: document.getElementById('ingest-text').value,
      published: published ? `${published}T00:00:00Z` : null,
      source: value('ingest-source') || null,
      url: value('ingest-url') || null,
    };
    submit.disabled = true;
    summary.className = 'summary';
    summary.textContent = 'Reading the article…';
    replaceChildren(results);
    try {
      const { created, body } = await postArticle(article, value('ingest-key'));
      // The answer: the article with its incidents as a FeatureCollection of the incidents layer's features.
      const incidents = (body.incidents?.features ?? []).map(readIncident);
      const { id } = body;
      summary.textContent = created
        ? `Article ${id} added: ${incidents.length} incident${incidents.length === 1 ? '' : 's'} found.`
        : `This article was already here (article ${id}); nothing new was added.`;
      replaceChildren(results, incidents.map((incident) => {
        const parts = [
          el('span', { class: 'kind', style: `color:${typeInfo(incident.type).colour}` }, humanize(incident.subtype || incident.type)),
          el('span', { class: 'text' }, incident.summary),
        ];
        if (!incident.latlng) return el('li', {}, el('div', { class: 'incident-item unlocated' }, ...parts, el('span', { class: 'where' }, 'No place found')));
        return el('li', {}, el('button', { type: 'button', class: 'incident-item', onclick: () => openIncident(incident.id) }, ...parts));
      }));
      await onIngested(incidents);
    } catch (error) {
      summary.className = 'summary error';
      summary.textContent = error.status === 401 || error.status === 403
        ? `Not allowed: check the API key (${error.message}).`
        : `The article was not added: ${error.message}`;
    } finally {
      submit.disabled = false;
    }
  });
}
