// Owner tokens: chosen by the browser (256 random bits), only ever stored hashed, compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';

/** SHA-256 of a token, hex: what the store keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares a presented token with a stored hash in constant time. */
export function tokenMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The bearer token from an Authorization header, or undefined. */
export function bearerToken(req: Request): string | undefined {
  const match = req.headers.get('authorization')?.match(/^Bearer\s+([A-Za-z0-9_-]{20,100})$/);
  return match?.[1];
}
