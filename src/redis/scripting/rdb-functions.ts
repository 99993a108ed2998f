/**
 * FUNCTION DUMP / RESTORE payloads (functions.c functionDumpCommand, rdb.c rdbSaveFunctions /
 * rdbFunctionLoad): for each library RDB_OPCODE_FUNCTION2 (245) and the library code saved with
 * rdbSaveRawString (LZF-compressed when that saves at least 4 bytes), then the payload footer.
 */
import { RDB_VERSION, RdbReader, RdbWriter, framePayload, stringOf, verifyPayload } from '../rdb/index.js';

export { RDB_VERSION, verifyPayload };
export const RDB_OPCODE_FUNCTION = 246;
export const RDB_OPCODE_FUNCTION2 = 245;

export function dumpFunctions(codes: readonly string[]): string {
  const w = new RdbWriter();
  for (const code of codes) {
    w.byte(RDB_OPCODE_FUNCTION2);
    w.rawString(code);
  }
  return stringOf(framePayload(w.result()));
}

/**
 * The library codes of a verified payload, or the error text of functionRestoreCommand /
 * rdbFunctionLoad (without `ERR `).
 */
export function parseFunctionsPayload(p: Uint8Array): { codes: string[] } | { error: string } {
  const r = new RdbReader(p, 0, p.length - 10);
  const codes: string[] = [];
  try {
    while (r.remaining > 0) {
      const type = r.byte();
      if (type !== RDB_OPCODE_FUNCTION && type !== RDB_OPCODE_FUNCTION2) return { error: 'given type is not a function' };
      if (type === RDB_OPCODE_FUNCTION) {
        // 7.0 release candidates: name, engine, optional description, code.
        r.string();
        r.string();
        if (r.lenBig() !== 0n) r.string();
      }
      codes.push(r.string());
    }
  } catch {
    return { error: 'failed loading the given functions payload' };
  }
  return { codes };
}
