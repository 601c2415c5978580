// The incident taxonomy as the map shows it: label, colour and icon per type.

export const INCIDENT_TYPES = [
  { code: 'battles', label: 'Battles', colour: '#c0392b' },
  { code: 'explosions_remote_violence', label: 'Explosions / remote violence', colour: '#d35400' },
  { code: 'airspace_incidents', label: 'Airspace incidents', colour: '#7d3c98' },
  { code: 'strategic_developments', label: 'Strategic developments', colour: '#1f618d' },
];

const OTHER = { code: 'other', label: 'Other', colour: '#566573' };

export function typeInfo(code) {
  return INCIDENT_TYPES.find((t) => t.code === code) ?? { ...OTHER, label: code || OTHER.label };
}

export function iconUrl(code) {
  const known = INCIDENT_TYPES.some((t) => t.code === code);
  return `icons/${known ? code : 'other'}.svg`;
}

const PRECISION = { 1: 'town', 2: 'region or near a town', 3: 'country, sea, airspace or border' };

export function geoPrecisionLabel(level) {
  return PRECISION[level] ? `${PRECISION[level]} (level ${level})` : 'not located';
}
