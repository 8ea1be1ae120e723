// Turns an HTTP request into the event Netlify's platform hands a function's Lambda handler, so the production
// bootstrap inside each build makes the Request and the Context exactly as it does when deployed: the URL, the
// headers Netlify adds (request id, client IP, site and deploy ids), the route (for context.params) and the Netlify
// Blobs context, which the bootstrap installs for @netlify/blobs' getStore() on every invocation.
import { randomUUID } from 'node:crypto';

/**
 * @param {object} request
 * @param {string} request.url        absolute URL
 * @param {string} request.method
 * @param {Headers} request.headers
 * @param {Buffer} request.body       the whole body: Lambda events carry it in full, as Netlify's proxy buffers it
 * @param {string} request.clientIp
 * @param {object} site
 * @param {string} site.siteID
 * @param {string} site.deployID
 * @param {string} site.blobs          base64 JSON { url, url_uncached, token, primary_region }, as Netlify sends it
 * @param {string | undefined} route  the matched `config.path` pattern
 */
export function lambdaEvent(request, site, route) {
  const url = new URL(request.url);
  const requestId = randomUUID().replaceAll('-', '');
  const headers = new Headers(request.headers);
  headers.set('x-nf-request-id', requestId);
  headers.set('x-nf-client-connection-ip', request.clientIp);
  headers.set('x-nf-site-id', site.siteID);
  headers.set('x-nf-deploy-id', site.deployID);
  const single = {};
  const multi = {};
  headers.forEach((value, key) => {
    single[key] = value;
    multi[key] = value.split(',').map((part) => part.trim());
  });
  const query = {};
  const multiQuery = {};
  for (const [key, value] of url.searchParams) {
    query[key] = query[key] === undefined ? value : `${query[key]},${value}`;
    (multiQuery[key] ??= []).push(value);
  }
  return {
    requestId,
    event: {
      rawUrl: url.href,
      rawQuery: url.search.slice(1),
      path: url.pathname,
      httpMethod: request.method,
      headers: single,
      multiValueHeaders: multi,
      queryStringParameters: query,
      multiValueQueryStringParameters: multiQuery,
      // Always base64: the bootstrap decodes it to the same bytes whatever the content type.
      body: request.body.length > 0 ? request.body.toString('base64') : '',
      isBase64Encoded: true,
      route,
      blobs: site.blobs,
      flags: {},
    },
  };
}
