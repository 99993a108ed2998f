/** redlua's own version; the Redis version it emulates lives with the Redis layer. */
export const VERSION = '0.1.0';
