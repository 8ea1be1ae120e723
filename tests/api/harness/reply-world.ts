// A reader and an owner for the browser's reply code (src/browser/journal/replies.ts) against the real share and
// reply handlers, as the API tests of replies use them: each request from its own IP, and a fetch that can go offline.
import type { Context } from '@netlify/functions';
import shareReplies from '../../../netlify/functions/share-replies.mts';
import shares from '../../../netlify/functions/shares.mts';
import { localLocks, memoryStorage, type JournalEnv } from '../../../src/browser/journal/env';
import { shareSummary } from '../../../src/browser/journal/shares';
import { parseShareFragment } from '../../../src/browser/share/open-share';
import type { Fetch } from '../../../src/browser/vault-api';

export function replyWorld() {
  let ip = 0;
  /** fetch routed to the handlers, each request from its own IP; `offline` fails before anything leaves. */
  const routed =
    (state = { offline: false }): Fetch =>
    async (input, init) => {
      if (state.offline) throw new TypeError('Failed to fetch');
      const handler = /^\/api\/shares\/[^/]+\/replies/.test(input) ? shareReplies : shares;
      return handler(new Request(`http://localhost${input}`, init), { ip: `10.0.0.${++ip}` } as Context);
    };

  function owner(): JournalEnv {
    return { storage: memoryStorage(), locks: localLocks(), fetch: routed(), origin: 'http://localhost' };
  }

  async function shareFrom(env: JournalEnv, entryLocalId = 'entry-1') {
    const share = await shareSummary(
      env,
      { setTitle: 'After the meeting', summary: '## Next steps\n- Send the plan', source: 'built-in', note: '' },
      7,
      entryLocalId,
    );
    const parts = parseShareFragment(share.link.slice(share.link.indexOf('#')));
    if (!parts) throw new Error('no link');
    return parts;
  }

  return { routed, owner, shareFrom };
}
