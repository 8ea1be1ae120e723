// Tells Astro that this site's adapter builds static output only, so a build deploys no server function.
//
// Why: @astrojs/netlify never declares an output of its own, and Astro then builds every site that uses it in
// "server" mode, even with `output: 'static'` and every page prerendered. The adapter writes an `ssr` function for
// any server build (`.netlify/v1/functions/ssr`, `path: '/*'`, `preferStatic: true`): on Netlify every URL without a
// file (an unknown address, a typo) becomes a call to it, and its answers miss the `netlify.toml` headers, which
// Netlify applies only to files it serves itself. Nothing here needs it: every page is prerendered, and the one
// route the build adds on its own, `/_server-islands/[name]`, has no server islands to serve. No adapter option
// turns it off, so this sets Astro's `adapterFeatures.buildOutput: 'static'`, which keeps the build static; the
// adapter still does the rest (skew protection's `?dpl=`, `.netlify/v1/config.json`, the dev emulation).
// A page that sets `prerender = false` (or anything else needing a server) now fails the build with Astro's own
// error: the 404 page and its headers would then need another answer (README, "Deploying to Netlify").

/**
 * The adapter integration, unchanged but for `adapterFeatures.buildOutput: 'static'` in what it hands to
 * `setAdapter`.
 * @param {import('astro').AstroIntegration} adapter
 * @returns {import('astro').AstroIntegration}
 */
export function prerenderedOnly(adapter) {
  const configDone = adapter.hooks['astro:config:done'];
  if (!configDone)
    throw new Error(`${adapter.name} has no astro:config:done hook: scripts/prerendered-only.mjs no longer fits it.`);
  return {
    ...adapter,
    hooks: {
      ...adapter.hooks,
      'astro:config:done': (params) =>
        configDone({
          ...params,
          setAdapter: (settings) => {
            try {
              params.setAdapter({
                ...settings,
                adapterFeatures: { ...settings.adapterFeatures, buildOutput: 'static' },
              });
            } catch (error) {
              // Astro's own words suggest another adapter; the cause here is a page rendered on demand.
              if (error?.name === 'AdapterSupportOutputMismatch') {
                error.hint =
                  'Every page of this site is prerendered, and the build deploys no server function (scripts/prerendered-only.mjs). Prerender the page, or decide how a server function gets the security headers before removing prerenderedOnly() from astro.config.mjs.';
              }
              throw error;
            }
          },
        }),
    },
  };
}
