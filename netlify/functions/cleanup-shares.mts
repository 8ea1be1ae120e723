import type { Config } from '@netlify/functions';
import { deleteExpiredShares } from '../lib/share-store';

/**
 * Hourly: deletes shares past their expiry (reads already treat them as gone; this frees the storage). A share
 * whose expiry it cannot read is kept, never deleted.
 */
export default async (): Promise<Response> => {
  const deleted = await deleteExpiredShares();
  console.log(`cleanup-shares: deleted ${deleted} expired share(s)`);
  return new Response(null, { status: 204 });
};

export const config: Config = { schedule: '@hourly' };
