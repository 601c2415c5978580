// The timeline under the time slider: incidents per day, week or month (as /api/stats/timeline chooses) drawn as bars
// with uPlot (served locally); dragging across it sets the time filter to the days dragged over.

const DAY = 86400;
const toDay = (seconds) => new Date(seconds * 1000).toISOString().slice(0, 10);
const toSeconds = (day) => Date.parse(`${day}T00:00:00Z`) / 1000;

export function createTimeline(container, onSelect) {
  let plot = null;
  let data = null;

  function draw(timeline, selected) {
    container.dataset.total = String(timeline.total ?? 0);
    container.dataset.interval = timeline.interval ?? '';
    container.dataset.buckets = String(timeline.buckets?.length ?? 0);
    plot?.destroy();
    plot = null;
    if (!timeline.buckets?.length) {
      container.replaceChildren();
      return;
    }
    const xs = timeline.buckets.map((b) => toSeconds(b.start));
    const ys = timeline.buckets.map((b) => b.count);
    data = { timeline, xs };
    const width = Math.max(200, container.clientWidth || 280);
    plot = new uPlot({
      width,
      height: 90,
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      scales: { x: { time: true, range: (u, min, max) => [min, max + (xs.length > 1 ? xs[1] - xs[0] : DAY)] } },
      axes: [
        { size: 22, font: '10px sans-serif', grid: { show: false } },
        { size: 34, font: '10px sans-serif', ticks: { show: false }, grid: { stroke: '#eee' } },
      ],
      series: [{}, {
        label: 'Incidents',
        fill: '#2874a6aa',
        stroke: '#1f618d',
        paths: uPlot.paths.bars({ size: [0.9, 40], align: 1 }),
        points: { show: false },
      }],
      hooks: {
        setSelect: [(u) => {
          if (u.select.width < 2) return;
          const from = u.posToVal(u.select.left, 'x');
          const to = u.posToVal(u.select.left + u.select.width, 'x');
          onSelect(toDay(Math.max(from, xs[0])), toDay(Math.min(to, toSeconds(timeline.last))));
        }],
      },
    }, [xs, ys], container);
    container.querySelector('.u-over')?.setAttribute('aria-label', `Incidents per ${timeline.interval}: drag across to choose dates`);
    mark(selected);
  }

  /** Shades the days of the time filter on the chart. */
  function mark(selected) {
    if (!plot || !data) return;
    if (!selected?.from || !selected?.to) {
      plot.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
      return;
    }
    const left = plot.valToPos(toSeconds(selected.from), 'x');
    const right = plot.valToPos(toSeconds(selected.to) + DAY, 'x');
    plot.setSelect({ left, width: Math.max(1, right - left), top: 0, height: plot.over.clientHeight }, false);
  }

  return { draw, mark };
}
