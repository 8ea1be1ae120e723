import type { Config } from '@netlify/functions';
import { deleteExpiredShares } from '../lib/storage';

/** Hourly: deletes shares past their expiry (reads already treat them as gone; this frees the storage). */
export default async (): Promise<Response> => {
  const deleted = await deleteExpiredShares();
  console.log(`cleanup-shares: deleted ${deleted} expired share(s)`);
  return new Response(null, { status: 204 });
};

export const config: Config = { schedule: '@hourly' };
