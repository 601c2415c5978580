// Time and type filters. The time range is whole days; "last 24 h" and "last 7 days" end on the newest
// incident's day (not on today), so an archive of older news still answers them. At the full range no time
// filter is sent, so undated incidents stay visible under "All".

import { el } from './dom.js';
import { INCIDENT_TYPES, iconUrl } from './types.js';

const MS_PER_DAY = 86400000;
const toDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const toMs = (day) => Date.parse(`${day}T00:00:00Z`);

export function createFilters(onChange) {
  const from = document.getElementById('time-from');
  const to = document.getElementById('time-to');
  const fromLabel = document.getElementById('time-from-label');
  const toLabel = document.getElementById('time-to-label');
  const typeBox = document.getElementById('type-filter');
  let firstMs = null;
  // A range asked for (by a link) before the incidents' dates are known.
  let requested = { from: null, to: null };

  const boxes = INCIDENT_TYPES.map((t) => {
    const input = el('input', { type: 'checkbox', id: `type-${t.code}`, value: t.code, checked: true });
    input.addEventListener('change', () => onChange());
    typeBox.append(el('label', { for: input.id, class: 'type-option' },
      input, el('img', { src: iconUrl(t.code), alt: '', width: 18, height: 18 }), el('span', {}, t.label),
      el('span', { class: 'count', id: `type-count-${t.code}` })));
    return input;
  });

  const dayAt = (input) => toDay(firstMs + Number(input.value) * MS_PER_DAY);

  function syncLabels() {
    if (firstMs === null) {
      fromLabel.value = toLabel.value = '–';
      return;
    }
    fromLabel.value = dayAt(from);
    toLabel.value = dayAt(to);
    from.setAttribute('aria-valuetext', dayAt(from));
    to.setAttribute('aria-valuetext', dayAt(to));
  }

  function slide(event) {
    if (Number(from.value) > Number(to.value)) {
      if (event.target === from) to.value = from.value;
      else from.value = to.value;
    }
    syncLabels();
    onChange();
  }
  from.addEventListener('input', slide);
  to.addEventListener('input', slide);

  function setRange(fromDay, toDay_) {
    if (firstMs === null) return;
    const index = (day, fallback) => (day ? Math.round((toMs(day) - firstMs) / MS_PER_DAY) : fallback);
    from.value = String(Math.max(0, index(fromDay, 0)));
    to.value = String(Math.min(Number(to.max), index(toDay_, Number(to.max))));
    syncLabels();
  }

  document.querySelectorAll('[data-range]').forEach((button) => button.addEventListener('click', () => {
    if (firstMs === null) return;
    const last = toDay(firstMs + Number(to.max) * MS_PER_DAY);
    const span = { '24h': 0, '7d': 6, all: null }[button.dataset.range];
    setRange(span === null ? null : toDay(toMs(last) - span * MS_PER_DAY), null);
    onChange();
  }));

  return {
    /** Sets the slider's extent from the dates of all incidents. */
    setDomain(days) {
      const sorted = days.filter(Boolean).sort();
      if (!sorted.length) return;
      const keep = firstMs === null ? requested : this.get();
      firstMs = toMs(sorted[0]);
      const max = Math.round((toMs(sorted[sorted.length - 1]) - firstMs) / MS_PER_DAY);
      from.max = to.max = String(max);
      setRange(keep.from, keep.to);
    },
    /** The filters as sent to the API: null types and dates mean "no filter". */
    get() {
      const checked = boxes.filter((b) => b.checked).map((b) => b.value);
      const result = { types: checked.length === boxes.length ? null : checked, from: null, to: null };
      if (firstMs === null) return { ...result, ...requested };
      if (Number(from.value) > 0 || Number(to.value) < Number(to.max)) {
        result.from = dayAt(from);
        result.to = dayAt(to);
      }
      return result;
    },
    /** Sets the time range to whole days (from the timeline) and applies it. */
    setDays(fromDay, toDay_) {
      setRange(fromDay, toDay_);
      onChange();
    },
    set(state) {
      for (const box of boxes) box.checked = !state.types || state.types.includes(box.value);
      requested = { from: state.from ?? null, to: state.to ?? null };
      setRange(state.from, state.to);
    },
    /** Shows the number of incidents shown per type next to each box. */
    showCounts(counts) {
      for (const t of INCIDENT_TYPES) {
        document.getElementById(`type-count-${t.code}`).textContent = String(counts.get(t.code) ?? 0);
      }
    },
  };
}
