// Downloads: the incidents layer straight from the API as attachments, in each format, for the current filters
// (every matching incident, streamed by the server); the areas as GeoJSON.

import { layerUrl } from './api.js';

export function updateDownloadLinks(filters) {
  document.getElementById('download-incidents').href = layerUrl('incidents', filters, { download: '1' });
  document.getElementById('download-incidents-csv').href = layerUrl('incidents', filters, { f: 'csv' });
  document.getElementById('download-incidents-gpkg').href = layerUrl('incidents', filters, { f: 'gpkg' });
  document.getElementById('download-incidents-seq').href = layerUrl('incidents', filters, { f: 'geojsonseq' });
  document.getElementById('download-areas').href = layerUrl('areas', filters, { download: '1', limit: '10000' });
}
