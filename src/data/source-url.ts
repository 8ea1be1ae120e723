// The public address of the source code, read from package.json's `repository` so the footer never points at
// a repository that does not exist. No `repository` (or one we cannot turn into a web address) means no link.

/** A browsable https address for an npm `repository` value, or undefined when there is none. */
export function sourceUrl(repository: unknown): string | undefined {
  const raw =
    typeof repository === 'string'
      ? repository
      : typeof repository === 'object' && repository !== null
        ? (repository as { url?: unknown }).url
        : undefined;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const value = raw.trim();
  // npm's shorthands: "github:owner/name", "gitlab:owner/name", "bitbucket:owner/name" and bare "owner/name" (GitHub).
  const shorthand = value.match(/^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+?)(?:\.git)?$/);
  if (shorthand) {
    const host = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' }[shorthand[1] ?? 'github'];
    return `https://${host}/${shorthand[2]}`;
  }
  // "git+https://host/owner/name.git", "git://host/owner/name.git", "git@host:owner/name.git".
  const scp = value.match(/^git@([^:]+):(.+?)(?:\.git)?$/);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  try {
    const url = new URL(value.replace(/^git\+/, ''));
    if (!['https:', 'http:', 'git:', 'ssh:'].includes(url.protocol)) return undefined;
    return `https://${url.host.replace(/^git@/, '')}${url.pathname.replace(/\.git$/, '').replace(/\/$/, '')}`;
  } catch {
    return undefined;
  }
}
