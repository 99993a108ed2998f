/** Public entry of the RESP server. */
export { RedisServer, startServer } from './server.js';
export type { ServerOptions, RunningServer, ServerCall, ServerCommandHandler } from './server.js';
export { ClientSession } from './session.js';
export { ConfigStore } from './config.js';
