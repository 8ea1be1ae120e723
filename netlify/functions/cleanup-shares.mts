import type { Config } from '@netlify/functions';
import { deleteOrphanReplies } from '../lib/reply-store';
import { deleteExpiredShares } from '../lib/share-store';

/**
 * Hourly: deletes shares past their expiry (reads already treat them as gone; this frees the storage), then the
 * replies of every share that is gone. A share whose expiry it cannot read is kept, never deleted.
 */
export default async (): Promise<Response> => {
  const deleted = await deleteExpiredShares();
  // After the shares: replies of a share deleted just now are swept in the same run.
  const orphaned = await deleteOrphanReplies();
  console.log(`cleanup-shares: deleted ${deleted} expired share(s) and the replies of ${orphaned} share(s) that are gone`);
  return new Response(null, { status: 204 });
};

export const config: Config = { schedule: '@hourly' };
