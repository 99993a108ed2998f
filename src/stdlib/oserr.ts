// errno numbers and strerror texts of glibc for the error codes node reports, used where
// lua5.1 returns `nil, "<name>: <strerror>", errno` (io, os) or builds "cannot open <f>: ...".

const BY_CODE: Record<string, [number, string]> = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  EIO: [5, 'Input/output error'],
  EBADF: [9, 'Bad file descriptor'],
  EAGAIN: [11, 'Resource temporarily unavailable'],
  ENOMEM: [12, 'Cannot allocate memory'],
  EACCES: [13, 'Permission denied'],
  EBUSY: [16, 'Device or resource busy'],
  EEXIST: [17, 'File exists'],
  EXDEV: [18, 'Invalid cross-device link'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  EMFILE: [24, 'Too many open files'],
  EFBIG: [27, 'File too large'],
  ENOSPC: [28, 'No space left on device'],
  ESPIPE: [29, 'Illegal seek'],
  EROFS: [30, 'Read-only file system'],
  EPIPE: [32, 'Broken pipe'],
  ENAMETOOLONG: [36, 'File name too long'],
  ENOTEMPTY: [39, 'Directory not empty'],
  ELOOP: [40, 'Too many levels of symbolic links'],
};

/** [errno, strerror(errno)] of a node system error (EIO for anything unknown). */
export function osError(e: unknown): [number, string] {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    const hit = BY_CODE[code];
    if (hit !== undefined) return hit;
    const errno = (e as { errno?: unknown }).errno;
    if (typeof errno === 'number') return [Math.abs(errno), code];
  }
  return [5, 'Input/output error'];
}
