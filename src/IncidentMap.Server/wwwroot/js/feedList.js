// The feeds the server follows, each with its status: last poll, HTTP status, error, items and articles, next poll.

import { getJson } from './api.js';
import { el, replaceChildren, safeLink } from './dom.js';

function when(value) {
  return value ? new Date(value).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : 'not yet';
}

function feedItem(feed) {
  const state = feed.last_error ? 'error' : feed.last_polled_at ? 'ok' : 'waiting';
  return el('li', { class: `feed ${state}`, 'data-feed-id': feed.id },
    el('div', { class: 'feed-title' }, safeLink(feed.url, feed.title || feed.url)),
    el('div', { class: 'feed-url' }, feed.url),
    el('dl', {},
      el('dt', {}, 'Last poll'), el('dd', {}, `${when(feed.last_polled_at)}${feed.last_status ? ` · HTTP ${feed.last_status}` : ''}`),
      el('dt', {}, 'Items / articles'), el('dd', {}, `${feed.items_seen} / ${feed.articles_created}`),
      el('dt', {}, 'Next poll'), el('dd', {}, `${when(feed.next_poll_at)} (every ${feed.interval_minutes} min)`)),
    feed.last_error ? el('p', { class: 'feed-error' }, feed.last_error) : null);
}

export function createFeedList() {
  const list = document.getElementById('feed-list');
  const summary = document.getElementById('feed-summary');
  let timer = null;

  async function load() {
    try {
      const feeds = await getJson('/api/feeds');
      summary.textContent = feeds.length === 0
        ? 'No feeds are followed. Add one with POST /api/feeds or the command line: incidentmap feeds add URL.'
        : `${feeds.length} feed${feeds.length === 1 ? '' : 's'}, ${feeds.filter((f) => f.last_error).length} with an error.`;
      summary.className = 'summary';
      replaceChildren(list, feeds.map(feedItem));
    } catch (error) {
      summary.textContent = `Could not load the feeds: ${error.message}`;
      summary.className = 'summary error';
    }
  }

  document.getElementById('feed-refresh').addEventListener('click', load);
  return {
    /** Loads the list now and every 30 s while the panel is open. */
    open() {
      load();
      clearInterval(timer);
      timer = setInterval(load, 30000);
    },
    close() {
      clearInterval(timer);
      timer = null;
    },
  };
}
