/** eval.c sha1hex: lowercase hex SHA1 of a byte string (latin1 JS string). */
import { createHash } from 'node:crypto';

export function sha1hex(bytes: string): string {
  return createHash('sha1').update(Buffer.from(bytes, 'latin1')).digest('hex');
}
