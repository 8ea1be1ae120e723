// Which function answers a path: the same rules Netlify applies to `config.path` routes (and that its dev tooling
// copies): a trailing slash is ignored, paths compare in lower case, `config.method` limits the methods, and
// `config.excludedPath` wins. A function without routes answers at /.netlify/functions/<name>, as deployed.
const DEFAULT_URL = /^\/\.netlify\/(?:functions|builders)\/([^/]+)/;

/**
 * @param {Iterable<import('./functions-build.mjs').ListedFunction>} functions
 * @returns {{ fn: import('./functions-build.mjs').ListedFunction, route: string | undefined, preferStatic: boolean } | undefined}
 */
export function matchFunction(functions, pathname, method) {
  const byDefaultUrl = DEFAULT_URL.exec(pathname);
  if (byDefaultUrl) {
    for (const fn of functions) {
      if (fn.name === byDefaultUrl[1] && fn.routes.length === 0) return { fn, route: undefined, preferStatic: false };
    }
    return undefined;
  }
  const path = normalise(pathname);
  for (const fn of functions) {
    const route = fn.routes.find((candidate) => routeMatches(candidate, path, method));
    if (route && !fn.excludedRoutes.some((excluded) => routeMatches(excluded, path, undefined))) {
      return { fn, route: route.pattern, preferStatic: route.preferStatic };
    }
  }
  return undefined;
}

function normalise(pathname) {
  const trimmed = pathname !== '/' && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  return trimmed.toLowerCase();
}

function routeMatches(route, path, method) {
  if (method !== undefined && route.methods.length > 0 && !route.methods.includes(method)) return false;
  if (route.literal !== undefined) return path === route.literal;
  return route.expression !== undefined && route.expression.test(path);
}
