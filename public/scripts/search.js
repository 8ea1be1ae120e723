// Search of guides and templates on top of Pagefind's index (built into dist/pagefind by `npm run build`).
// A plain file, not inline, so the Content-Security-Policy needs no exception for it.
const form = document.querySelector('.search-form');
const input = document.getElementById('search-query');
const statusLine = document.getElementById('search-status');
const list = document.getElementById('search-results');

const pagefind = await import('/pagefind/pagefind.js');
await pagefind.options({ excerptLength: 24 });

/** Builds an excerpt from Pagefind's "<mark>" markup without ever using innerHTML. */
function excerptNode(excerpt) {
  const p = document.createElement('p');
  excerpt.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const marked = part.match(/^<mark>(.*)<\/mark>$/);
    const text = (marked ? marked[1] : part)
      .replace(/<[^>]*>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      p.append(mark);
    } else {
      p.append(text);
    }
  });
  return p;
}

async function runSearch(query) {
  const search = await pagefind.debouncedSearch(query, {}, 200);
  if (search === null) return; // a newer keystroke replaced this search
  list.replaceChildren();
  if (!query.trim()) {
    statusLine.textContent = '';
    return;
  }
  const results = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  statusLine.textContent =
    results.length === 0
      ? `No guide or template mentions “${query}”. Try a shorter or different word.`
      : `${search.results.length} ${search.results.length === 1 ? 'page' : 'pages'} found.`;
  for (const result of results) {
    const item = document.createElement('li');
    item.className = 'card';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title;
    heading.append(link);
    item.append(heading, excerptNode(result.excerpt));
    list.append(item);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set('q', input.value);
  history.replaceState(null, '', url);
  runSearch(input.value);
});
input.addEventListener('input', () => runSearch(input.value));

const initial = new URL(location.href).searchParams.get('q');
if (initial) {
  input.value = initial;
  runSearch(initial);
}
