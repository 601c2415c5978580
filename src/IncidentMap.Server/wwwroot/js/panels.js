// The sidebar's panels as tabs (one open at a time), and the sidebar as a drawer on phone-sized screens.

export function createPanels(initialPanel, onSwitch) {
  const tabs = [...document.querySelectorAll('[role=tab][data-panel]')];
  const sidebar = document.getElementById('sidebar');
  const toggle = document.getElementById('toggle-sidebar');
  let current = initialPanel;

  function show(panel, focus = false) {
    current = panel;
    for (const tab of tabs) {
      const selected = tab.dataset.panel === panel;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
      if (selected && focus) tab.focus();
    }
  }

  for (const tab of tabs) {
    tab.addEventListener('click', () => { show(tab.dataset.panel); onSwitch(tab.dataset.panel); });
    // Arrow keys move between tabs, as in any tab list.
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (!step) return;
      event.preventDefault();
      const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
      show(next.dataset.panel, true);
      onSwitch(next.dataset.panel);
    });
  }

  function setOpen(open) {
    sidebar.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
    setTimeout(() => window.dispatchEvent(new Event('resize')), 250);
  }
  toggle.addEventListener('click', () => setOpen(!sidebar.classList.contains('open')));

  show(current);
  return {
    current: () => current,
    closeOnPhone: () => { if (window.matchMedia('(max-width: 700px)').matches) setOpen(false); },
  };
}
