// The copy button of a paper's "Cite" block. It is shown only where it can work;
// without JavaScript or a clipboard the BibTeX is still there to select.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(document.getElementById(button.dataset['copy'] ?? '')?.textContent ?? '');
    const status = document.getElementById('copy-status');
    if (status) status.textContent = 'Copied.';
  });
}
