import type { Config } from '@netlify/functions';
import { deleteOrphanReplies } from '../lib/reply-store';
import { endExpiredShares } from '../lib/share-store';

/**
 * Hourly: turns shares past their expiry into tombstones (a read after the expiry already does so for the share it
 * finds; this ends the ones nobody read), then deletes the replies of every share that has ended. A share whose
 * expiry it cannot read is kept as it is.
 */
export default async (): Promise<Response> => {
  const ended = await endExpiredShares();
  // After the shares: replies of a share ended just now are swept in the same run.
  const orphaned = await deleteOrphanReplies();
  console.log(
    `cleanup-shares: ended ${ended} expired share(s) and deleted the replies of ${orphaned} share(s) that have ended`,
  );
  return new Response(null, { status: 204 });
};

export const config: Config = { schedule: '@hourly' };
