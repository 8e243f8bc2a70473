/** Says `message` through the page's status region, for screen readers. */
export function announce(message: string): void {
  const region = document.getElementById('reading-status');
  if (!region) return;
  // Cleared first, so the same message twice is read out twice.
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}
