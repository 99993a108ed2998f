// Shared JSDoc types for the benchmark engines (no runtime code).

/**
 * @typedef {object} RunOptions
 * @property {(s: string) => void} [write]  where print output goes (default: process.stdout)
 * @property {number} [memoryLimit]          bytes the Lua heap may use (builtin only)
 */

/**
 * @typedef {object} RunResult
 * @property {boolean} ok
 * @property {string} [error]   the Lua error message when !ok
 */

/**
 * @typedef {object} Engine
 * @property {string} name
 * @property {string} version
 * @property {(source: string, chunkName: string, opts?: RunOptions) => Promise<RunResult>} run
 * @property {string[]} [notes]  what the adapter could not do (e.g. no memory limit option)
 */

export {};
