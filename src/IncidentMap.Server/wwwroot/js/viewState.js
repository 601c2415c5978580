// The view lives in the URL hash, so a copied link reproduces it:
// #map=ZOOM/LAT/LON&from=YYYY-MM-DD&to=YYYY-MM-DD&types=a,b&panel=border&border=BLR-POL&km=50&osm=1  (panel: filters, list, border, ingest, feeds, about)

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PANELS = ['filters', 'list', 'border', 'ingest', 'feeds', 'about'];

export function readViewState(hash = window.location.hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = { panel: 'filters' };
  const view = (params.get('map') ?? '').split('/').map(Number);
  if (view.length === 3 && view.every(Number.isFinite)) state.view = { zoom: view[0], lat: view[1], lon: view[2] };
  if (DAY.test(params.get('from') ?? '')) state.from = params.get('from');
  if (DAY.test(params.get('to') ?? '')) state.to = params.get('to');
  if (params.has('types')) state.types = params.get('types').split(',').filter(Boolean);
  if (PANELS.includes(params.get('panel'))) state.panel = params.get('panel');
  if (/^[A-Z]{3}-[A-Z]{3}$/.test(params.get('border') ?? '')) state.border = params.get('border');
  const km = Number(params.get('km'));
  if (km > 0) state.km = km;
  if (params.get('measure') === 'point') state.measure = 'point';
  if (params.get('osm') === '1') state.osm = true;
  return state;
}

export function writeViewState(state) {
  const params = new URLSearchParams();
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    params.set('map', `${zoom}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.types) params.set('types', state.types.join(','));
  if (state.panel && state.panel !== 'filters') params.set('panel', state.panel);
  if (state.border) params.set('border', state.border);
  if (state.border && state.km) params.set('km', String(state.km));
  if (state.border && state.measure) params.set('measure', state.measure);
  if (state.osm) params.set('osm', '1');
  // URLSearchParams escapes "/" and ","; the hash reads better without.
  const hash = `#${params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',')}`;
  if (hash !== window.location.hash) history.replaceState(null, '', hash);
}
