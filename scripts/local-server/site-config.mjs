// Reads the site's Netlify configuration (netlify.toml) offline, the way Netlify's own tooling does, and turns its
// [functions] settings into the options Netlify's function bundler takes.
import { join } from 'node:path';
import { resolveConfig } from '@netlify/config';

/**
 * The functions folder, the publish folder and the bundler options for this site.
 * `offline: true`: no linked site, no account, no network.
 */
export async function readSiteConfig(projectRoot) {
  const { config } = await resolveConfig({
    config: join(projectRoot, 'netlify.toml'),
    context: 'dev',
    cwd: projectRoot,
    repositoryRoot: projectRoot,
    offline: true,
    mode: 'cli',
  });
  return {
    functionsDirectory: config.functionsDirectory ?? join(projectRoot, 'netlify', 'functions'),
    publishDirectory: config.build?.publish ?? projectRoot,
    bundlerConfig: bundlerConfig(config.functions ?? {}, projectRoot),
  };
}

/**
 * netlify.toml's [functions] blocks as zip-it-and-ship-it options: the same mapping Netlify's CLI and
 * @netlify/functions-dev apply (node_bundler "esbuild" is zip-it-and-ship-it's "esbuild_zisi"), plus source maps.
 */
function bundlerConfig(functionsConfig, projectRoot) {
  const result = {};
  for (const [pattern, settings] of Object.entries(functionsConfig)) {
    result[pattern] = {
      externalNodeModules: settings.external_node_modules,
      includedFiles: settings.included_files,
      includedFilesBasePath: projectRoot,
      ignoredNodeModules: settings.ignored_node_modules,
      nodeBundler: settings.node_bundler === 'esbuild' ? 'esbuild_zisi' : settings.node_bundler,
      processDynamicNodeImports: true,
      schedule: settings.schedule,
    };
  }
  result['*'] = { nodeSourcemap: true, ...result['*'] };
  return result;
}
