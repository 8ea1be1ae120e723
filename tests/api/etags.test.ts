// The entity-tag parser and comparisons on their own (RFC 9110 sections 8.8.3 and 13.1): the table in
// conditional-requests.test.ts runs them through the handler; this pins the edge cases of the grammar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ifMatchPasses, ifNoneMatchMatches, parseEntityTagCondition, revisionTag } from '../../netlify/lib/etags';

describe('parseEntityTagCondition', () => {
  it.each([
    ['*', { kind: 'any' }],
    [' * ', { kind: 'any' }],
    ['"1"', { kind: 'list', tags: [{ weak: false, opaque: '1' }] }],
    ['W/"1"', { kind: 'list', tags: [{ weak: true, opaque: '1' }] }],
    [
      '"x", W/"2" ,"3"',
      {
        kind: 'list',
        tags: [
          { weak: false, opaque: 'x' },
          { weak: true, opaque: '2' },
          { weak: false, opaque: '3' },
        ],
      },
    ],
    ['"a,b"', { kind: 'list', tags: [{ weak: false, opaque: 'a,b' }] }],
    [',, "1" ,', { kind: 'list', tags: [{ weak: false, opaque: '1' }] }],
    ['""', { kind: 'list', tags: [{ weak: false, opaque: '' }] }],
  ])('reads %j', (value, expected) => {
    expect(parseEntityTagCondition(value)).toEqual(expected);
  });

  it.each(['1', 'abc', 'w/"1"', '"1', '"1" "2"', '*, "1"', '"a"b"', '', ' , '])('finds %j invalid', (value) => {
    expect(parseEntityTagCondition(value)).toEqual({ kind: 'invalid' });
  });

  it('is null for an absent header', () => {
    expect(parseEntityTagCondition(null)).toBeNull();
  });
});

describe('comparisons', () => {
  it('If-Match passes only on a strong match of the current revision, or *', () => {
    const current = revisionTag(4);
    const passes = (value: string) => ifMatchPasses(parseEntityTagCondition(value)!, current);
    expect([passes('"4"'), passes('*'), passes('"1", "4"')]).toEqual([true, true, true]);
    expect([passes('W/"4"'), passes('"3"'), passes('4'), passes('"04"')]).toEqual([false, false, false, false]);
  });

  it('If-None-Match matches weakly, so W/"4" names revision 4', () => {
    const current = revisionTag(4);
    const matches = (value: string) => ifNoneMatchMatches(parseEntityTagCondition(value)!, current);
    expect([matches('W/"4"'), matches('"4"'), matches('*'), matches('"1", W/"4"')]).toEqual([true, true, true, true]);
    expect([matches('"3"'), matches('garbage')]).toEqual([false, false]);
  });

  it('reads back any list it is given, whatever the tags hold', () => {
    const tag = fc.record({ weak: fc.boolean(), opaque: fc.stringMatching(/^[\x21\x23-\x7e]{0,12}$/) });
    fc.assert(
      fc.property(fc.array(tag, { minLength: 1, maxLength: 6 }), (tags) => {
        const header = tags.map((t) => `${t.weak ? 'W/' : ''}"${t.opaque}"`).join(' , ');
        expect(parseEntityTagCondition(header)).toEqual({ kind: 'list', tags });
      }),
    );
  });
});
