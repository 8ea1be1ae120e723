// Ids and owner tokens: random, never derived from anything, and only ever stored hashed.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A 128-bit random id in base64url (22 characters). */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** A 256-bit random owner token in base64url, returned to the creator once. */
export function newOwnerToken(): string {
  return randomBytes(32).toString('base64url');
}

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
