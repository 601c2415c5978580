// The add-article panel: posts the pasted text with the API key and lists the incidents found in it.

import { postArticle } from './api.js';
import { el, humanize, replaceChildren } from './dom.js';
import { typeInfo } from './types.js';

function incidentsOf(body) {
  const list = body.incidents ?? body.features ?? body.incidents?.features ?? [];
  return Array.isArray(list) ? list : list.features ?? [];
}

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
      const incidents = incidentsOf(body).map((i) => i.properties ? { id: i.id, ...i.properties } : i);
      const id = body.article_id ?? body.articleId ?? body.id ?? body.article?.id;
      summary.textContent = created
        ? `Article ${id} added: ${incidents.length} incident${incidents.length === 1 ? '' : 's'} found.`
        : `This article was already here (article ${id}); nothing new was added.`;
      replaceChildren(results, incidents.map((incident) => el('li', {}, el('button', {
        type: 'button', class: 'incident-item', onclick: () => openIncident(incident.id),
      }, el('span', { class: 'kind', style: `color:${typeInfo(incident.type).colour}` }, humanize(incident.subtype || incident.type)),
      el('span', { class: 'text' }, incident.summary ?? '')))));
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
