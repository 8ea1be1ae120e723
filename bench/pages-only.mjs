// `npm run bench:pages`: only the pages part of the bench (bytes and Lighthouse per page type, see pages.mjs), on
// the existing dist/, for checking a change to what pages load without the whole bench. Prints the table and JSON.
// Build first as the bench does, with a deploy id: `DEPLOY_ID=<24 hex digits> npm run build`.
import { measurePages, printPages } from './pages.mjs';
import { startPreview } from './preview.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 8898);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const server = await startPreview(PORT);
try {
  const result = await measurePages({ origin: server.origin, chromiumPath: CHROMIUM });
  printPages(result);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await server.stop();
}
