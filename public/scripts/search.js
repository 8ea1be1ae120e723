// Mounts Pagefind's search UI; kept as a file so the Content-Security-Policy needs no inline script.
window.addEventListener('DOMContentLoaded', () => {
  // eslint-disable-next-line no-undef
  new PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false });
});
