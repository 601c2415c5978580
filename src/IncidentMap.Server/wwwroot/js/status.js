// The status line in the top bar: what is loading, what is shown, what failed.

export function createStatus() {
  const line = document.getElementById('status');
  let shown = '';
  return {
    busy(text) {
      line.textContent = text;
      line.className = 'status busy';
      document.body.setAttribute('aria-busy', 'true');
    },
    done(text = shown) {
      shown = text;
      line.textContent = text;
      line.className = 'status';
      document.body.removeAttribute('aria-busy');
    },
    fail(text) {
      line.textContent = text;
      line.className = 'status error';
      document.body.removeAttribute('aria-busy');
    },
  };
}
