// The footer's Source link comes from package.json `repository`, and is left out when there is none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { sourceUrl } from '../../src/data/source-url';
import { SOURCE_URL } from '../../src/data/site';

const name = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);

describe('sourceUrl', () => {
  it.each([
    ['github:lodestar/site', 'https://github.com/lodestar/site'],
    ['lodestar/site', 'https://github.com/lodestar/site'],
    ['gitlab:lodestar/site', 'https://gitlab.com/lodestar/site'],
    ['git+https://github.com/lodestar/site.git', 'https://github.com/lodestar/site'],
    ['git@github.com:lodestar/site.git', 'https://github.com/lodestar/site'],
    ['https://codeberg.org/lodestar/site/', 'https://codeberg.org/lodestar/site'],
  ])('turns %s into %s', (repository, expected) => {
    expect(sourceUrl(repository)).toBe(expected);
    expect(sourceUrl({ type: 'git', url: repository })).toBe(expected);
  });

  it.each([undefined, null, '', '   ', 42, {}, { url: 7 }, 'javascript:alert(1)', 'not a repository'])(
    'gives no link for %j',
    (repository) => {
      expect(sourceUrl(repository)).toBeUndefined();
    },
  );

  it('always gives an https address on the named owner and repository, whichever form is used', () => {
    fc.assert(
      fc.property(
        name,
        name,
        fc.constantFrom(
          'github:%o/%r',
          '%o/%r',
          'git+https://github.com/%o/%r.git',
          'git@github.com:%o/%r.git',
          'https://github.com/%o/%r',
        ),
        (owner, repo, form) => {
          const url = sourceUrl(form.replace('%o', owner).replace('%r', repo));
          expect(url).toBe(`https://github.com/${owner}/${repo}`);
        },
      ),
    );
  });

  it('never returns anything but an https address or nothing, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.object(), fc.constant(null)), (value) => {
        const url = sourceUrl(value);
        if (url !== undefined) expect(new URL(url).protocol).toBe('https:');
      }),
    );
  });
});

describe('SOURCE_URL', () => {
  it('follows package.json: no repository there means no Source link', () => {
    expect(SOURCE_URL).toBe(sourceUrl((pkg as { repository?: unknown }).repository));
  });
});
