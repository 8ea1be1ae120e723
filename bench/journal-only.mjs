// `npm run bench:journal`: only the journal page part of the bench (see journal-page.mjs), on the existing dist/,
// for working on that page's speed without the whole bench's seven minutes. Prints the figures as JSON.
import { measureJournalPage } from './journal-page.mjs';
import { startPreview } from './preview.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 8898);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The bench seeds 100 replies from one address: lift the per-address reply limit for this server.
const server = await startPreview(PORT, { REPLY_LIMIT_PER_MINUTE: '1000' });
try {
  console.log(JSON.stringify(await measureJournalPage({ origin: server.origin, chromiumPath: CHROMIUM }), null, 2));
} finally {
  await server.stop();
}
