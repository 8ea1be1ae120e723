// Sharing an update through the real shares handler and a local Blobs server: it is a journal share like a summary,
// its kind is sealed inside, older shares without a kind still open, and an unknown kind is refused.
import { describe, expect, it } from 'vitest';
import { loadJournal } from '../../src/browser/journal/store';
import { shareSummary } from '../../src/browser/journal/shares';
import { openShare } from '../../src/browser/share/open-share';
import { deleteEverything } from '../../src/browser/journal/sync';
import { defaultSince, loadUpdateDraft, localDay, saveUpdateDraft } from '../../src/browser/journal/update';
import { createShare } from '../../src/browser/vault-api';
import { encryptJson, randomBase64Url } from '../../src/browser/vault-crypto';
import { shareAad } from '../../src/shared/model/sealed-payload';
import { newDevice, tab, useServer } from '../api/journal-world';

useServer();

const hashOf = (link: string) => link.slice(link.indexOf('#'));
const UPDATE =
  '## What I did since we last met\n\n- Done: sent the agenda\n\n## What happened\n\nA calm week.\n\n## What I would like your help with\n\n- How do I ask for scope?\n';

describe('sharing an update', () => {
  it('is listed in the journal as an update, and opens for its reader as one', async () => {
    const owner = newDevice('owner');
    const share = await shareSummary(
      tab(owner),
      { setTitle: 'An update for my mentor', summary: UPDATE, source: 'built-in', note: '', kind: 'update' },
      7,
      null,
    );
    expect(loadJournal(owner.storage).shares).toEqual([share]);
    expect(share).toMatchObject({ kind: 'update', entryLocalId: null, setTitle: 'An update for my mentor' });
    const opened = await openShare(tab(newDevice('mentor')).fetch, hashOf(share.link));
    expect(opened.kind === 'ready' && opened.content).toMatchObject({
      kind: 'update',
      summary: UPDATE,
      setTitle: 'An update for my mentor',
    });
    expect(defaultSince(loadJournal(owner.storage).shares)).toBe(localDay(new Date(share.createdAt)));
  });

  it('leaves a summary shared without a kind as it was: no kind in the journal or in the opened share', async () => {
    const owner = newDevice('owner');
    const share = await shareSummary(
      tab(owner),
      { setTitle: 'After the meeting', summary: '## What stood out\n\nS', source: 'built-in', note: '' },
      1,
      'local-1',
    );
    expect('kind' in share).toBe(false);
    const opened = await openShare(tab(newDevice('mentor')).fetch, hashOf(share.link));
    expect(opened.kind).toBe('ready');
    expect(opened.kind === 'ready' && 'kind' in opened.content).toBe(false);
  });

  it('refuses a share whose sealed kind this version does not know', async () => {
    const device = newDevice('someone');
    const [id, token, key] = [randomBase64Url(16), randomBase64Url(32), randomBase64Url(32)];
    const now = new Date();
    const content = {
      v: 2,
      setTitle: 'T',
      summary: 'S',
      source: 'built-in',
      note: '',
      sharedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + 86_400_000).toISOString(),
      kind: 'poem',
    };
    await createShare(tab(device).fetch, id, token, await encryptJson(key, content, shareAad(id)), 1);
    expect(await openShare(tab(device).fetch, `#${id}.${key}`)).toEqual({ kind: 'changed' });
  });
});

describe('Delete everything', () => {
  it('forgets the update draft too, and the update’s link stops opening', async () => {
    const owner = newDevice('owner');
    saveUpdateDraft(owner.storage, { text: UPDATE, since: '2026-11-01', ticked: [] });
    const share = await shareSummary(
      tab(owner),
      { setTitle: 'An update for my mentor', summary: UPDATE, source: 'built-in', note: '', kind: 'update' },
      7,
      null,
    );
    expect(await deleteEverything(tab(owner))).toEqual({ waiting: 0 });
    expect(loadUpdateDraft(owner.storage)).toBeNull();
    expect(owner.storage.snapshot()).toEqual({});
    expect(await openShare(tab(newDevice('mentor')).fetch, hashOf(share.link))).toEqual({ kind: 'unavailable' });
  });
});
