// Downloads: the layers straight from the API as attachments (same filters as the map), the near-border
// result from the collection the page already holds.

import { layerUrl } from './api.js';

export function updateDownloadLinks(filters) {
  document.getElementById('download-incidents').href = layerUrl('incidents', filters, { download: '1', limit: '10000' });
  document.getElementById('download-areas').href = layerUrl('areas', filters, { download: '1', limit: '10000' });
}

export function downloadJson(collection, fileName) {
  const blob = new Blob([JSON.stringify(collection)], { type: 'application/geo+json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
