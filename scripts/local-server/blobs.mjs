// Netlify Blobs, offline: a local Blobs server on .netlify/blobs-serve (the folder Netlify's own dev tooling uses,
// so what `astro dev` stored before is still there), and the context a deployed function receives for it.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { BlobsServer } from '@netlify/blobs/server';

// The ids Netlify's dev tooling gives an unlinked site; stores are kept per site id, so the same ids find the
// same data.
const SITE_ID = '0';
const DEPLOY_ID = '0';

/**
 * Starts the Blobs server. `site.blobs` is what Netlify puts in a function's event (base64 JSON with the edge URL,
 * the uncached URL that `consistency: 'strong'` reads from, a token and the region); the bootstrap in each function
 * build turns it, with the site and deploy ids from the request headers, into @netlify/blobs' environment context.
 */
export async function startBlobs(projectRoot, directory = join(projectRoot, '.netlify', 'blobs-serve')) {
  const token = randomBytes(24).toString('base64url');
  const server = new BlobsServer({ directory, token });
  const { port } = await server.start();
  const url = `http://127.0.0.1:${port}`;
  const context = { url, url_uncached: url, token, primary_region: 'us-east-2' };
  return {
    site: { siteID: SITE_ID, deployID: DEPLOY_ID, blobs: Buffer.from(JSON.stringify(context)).toString('base64') },
    stop: () => server.stop(),
  };
}
