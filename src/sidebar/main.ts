const app = document.getElementById('app');
if (app) {
  app.removeAttribute('aria-busy');
  app.textContent = 'Mutual Action Plan';
}
