// The status line in the top bar: what is loading, what is shown, what failed.

export function createStatus() {
  const line = document.getElementById('status');
  const retry = document.getElementById('retry');
  let shown = '';
  let again = null;
  retry.addEventListener('click', () => { retry.hidden = true; again?.(); });
  return {
    busy(text) {
      retry.hidden = true;
      line.textContent = text;
      line.className = 'status busy';
      document.body.setAttribute('aria-busy', 'true');
    },
    done(text = shown) {
      retry.hidden = true;
      shown = text;
      line.textContent = text;
      line.className = 'status';
      document.body.removeAttribute('aria-busy');
    },
    /** Shows the failure; with a retry function, also a button that calls it. */
    fail(text, retryWith = null) {
      again = retryWith;
      retry.hidden = !retryWith;
      line.textContent = text;
      line.className = 'status error';
      document.body.removeAttribute('aria-busy');
    },
  };
}
