// Builds the site's functions with Netlify's own bundler, zip-it-and-ship-it, exactly as a deploy does (the
// result holds Netlify's production bootstrap, ___netlify-entry-point.mjs), but unzipped, so the local server can
// import each build once and keep it warm. A build also reports its routes and its source files (for rebuilds).
import { sep } from 'node:path';
import { listFunctions, zipFunction } from '@netlify/zip-it-and-ship-it';

// The flags Netlify's dev tooling passes for Functions API v2: ES modules in, ES modules out.
const FEATURE_FLAGS = { zisi_functions_api_v2: true, zisi_pure_esm: true, zisi_pure_esm_mjs: true };

/**
 * The functions in `directory` and what their in-source config says (routes, schedule), read without building:
 * enough to route requests while the builds run.
 * @returns {Promise<ListedFunction[]>}
 */
export async function listSiteFunctions(directory, bundlerConfig) {
  const found = await listFunctions([directory], {
    config: bundlerConfig,
    featureFlags: FEATURE_FLAGS,
    parseISC: true,
  });
  // Only JavaScript/TypeScript functions: the site has no Go or Rust ones, and they would need their toolchains.
  return found
    .filter((fn) => fn.runtime === 'js')
    .map((fn) => ({
      name: fn.name,
      mainFile: fn.mainFile,
      routes: (fn.routes ?? []).map(compileRoute),
      excludedRoutes: (fn.excludedRoutes ?? []).map(compileRoute),
      schedule: fn.schedule,
    }));
}

/**
 * Builds one function into `targetDirectory/<name>/` and describes the result.
 * @returns {Promise<BuiltFunction>}
 */
export async function buildFunction({ name, mainFile }, { projectRoot, targetDirectory, bundlerConfig }) {
  const result = await zipFunction(mainFile, targetDirectory, {
    archiveFormat: 'none',
    basePath: projectRoot,
    config: bundlerConfig,
    featureFlags: FEATURE_FLAGS,
  });
  if (!result) throw new Error(`Netlify's bundler could not build the function ${name} (${mainFile}).`);
  if (result.runtimeAPIVersion !== 2) {
    throw new Error(
      `The function ${name} uses Netlify's Lambda-style API (v1); the local server runs v2 functions only.`,
    );
  }
  const routes = (result.routes ?? []).map(compileRoute);
  return {
    name,
    mainFile,
    entryFile: `${result.path}${sep}${result.entryFilename}`,
    routes,
    excludedRoutes: (result.excludedRoutes ?? []).map(compileRoute),
    schedule: result.schedule,
    // What the function is made of, outside node_modules: a change to any of these calls for a rebuild.
    sources: new Set((result.inputs ?? []).filter((file) => !file.includes(`${sep}node_modules${sep}`))),
  };
}

/** A route as zip-it-and-ship-it describes it (literal or regular expression, methods), ready to test paths. */
function compileRoute(route) {
  return {
    pattern: route.pattern,
    literal: route.literal,
    expression: route.expression === undefined ? undefined : new RegExp(route.expression),
    methods: route.methods ?? [],
    preferStatic: route.prefer_static === true,
  };
}

/**
 * @typedef {object} ListedFunction
 * @property {string} name
 * @property {string} mainFile
 * @property {ReturnType<typeof compileRoute>[]} routes
 * @property {ReturnType<typeof compileRoute>[]} excludedRoutes
 * @property {string | undefined} schedule
 *
 * @typedef {ListedFunction & { entryFile: string, sources: Set<string> }} BuiltFunction
 * entryFile: the Lambda entry point Netlify's bundler wrote (it wraps the production bootstrap);
 * sources: the files it was built from.
 */
