/** Connection commands (Redis 7.0 networking.c / acl.c): HELLO AUTH CLIENT QUIT RESET. */
import { R, type Reply } from '../../redis/reply.js';
import { string2ll } from '../../redis/resp-parser.js';
import type { ServerCall, ServerCommandHandler } from '../server.js';
import type { ClientSession } from '../session.js';

const WRONGPASS = R.error('WRONGPASS invalid username-password pair or user is disabled.');

/** ACLAuthenticateUser for the single `default` user: nopass accepts anything. */
function authenticate(call: ServerCall, user: string, pass: string): boolean {
  if (user !== 'default') return false;
  const required = call.server.requirepass;
  if (required !== '' && pass !== required) return false;
  call.client.authenticated = true;
  return true;
}

/** clientSetNameOrReply: no spaces, newlines or characters outside '!'..'~'. */
function setName(client: ClientSession, name: string): Reply | null {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 33 || c > 126) return R.error('ERR Client names cannot contain spaces, newlines or special characters.');
  }
  client.name = name;
  return null;
}

const hello: ServerCommandHandler = (call) => {
  const { argv, client } = call;
  let ver = 0;
  let next = 1;
  if (argv.length >= 2) {
    const v = string2ll(argv[next++] ?? '');
    if (v === null) return R.error('ERR Protocol version is not an integer or out of range');
    if (v < 2n || v > 3n) return R.error('NOPROTO unsupported protocol version');
    ver = Number(v);
  }
  for (let j = next; j < argv.length; j++) {
    const moreargs = argv.length - 1 - j;
    const opt = (argv[j] ?? '').toLowerCase();
    if (opt === 'auth' && moreargs >= 2) {
      if (!authenticate(call, argv[j + 1] ?? '', argv[j + 2] ?? '')) return WRONGPASS;
      j += 2;
    } else if (opt === 'setname' && moreargs) {
      const e = setName(client, argv[j + 1] ?? '');
      if (e) return e;
      j++;
    } else return R.error(`ERR Syntax error in HELLO option '${argv[j] ?? ''}'`);
  }
  if (!client.authenticated) {
    return R.error(
      'NOAUTH HELLO must be called with the client already authenticated, otherwise the HELLO AUTH <user> <pass> option can be used to authenticate the client and select the RESP protocol version at the same time',
    );
  }
  if (ver === 2 || ver === 3) client.ctx.protocol = ver;
  return R.map([
    [R.bulk('server'), R.bulk('redis')],
    [R.bulk('version'), R.bulk('7.0.15')],
    [R.bulk('proto'), R.int(client.ctx.protocol)],
    [R.bulk('id'), R.int(client.id)],
    [R.bulk('mode'), R.bulk('standalone')],
    [R.bulk('role'), R.bulk(call.server.replication.isReplica ? 'replica' : 'master')],
    [R.bulk('modules'), R.array([])],
  ]);
};

const auth: ServerCommandHandler = (call) => {
  const { argv } = call;
  if (argv.length > 3) return R.error('ERR syntax error');
  if (argv.length === 2) {
    if (call.server.requirepass === '') {
      return R.error('ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?');
    }
    return authenticate(call, 'default', argv[1] ?? '') ? R.ok() : WRONGPASS;
  }
  return authenticate(call, argv[1] ?? '', argv[2] ?? '') ? R.ok() : WRONGPASS;
};

const quit: ServerCommandHandler = (call) => {
  call.client.closing = true;
  return R.ok();
};

/** RESET: back to a fresh connection state (RESP2, db 0, no name, no MULTI/WATCH, auth as at connect). */
const reset: ServerCommandHandler = (call) => {
  const c = call.client;
  c.multi = null;
  c.multiDirty = false;
  c.watched = [];
  c.ctx.db = 0;
  c.ctx.protocol = 2;
  c.name = '';
  c.authenticated = call.server.requirepass === '';
  call.server.keyspace.pubsub.removeAll(c);
  return R.status('RESET');
};

const CLIENT_HELP = [
  'CLIENT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:',
  'GETNAME',
  '    Return the name of the current connection.',
  'ID',
  '    Return the ID of the current connection.',
  'INFO',
  '    Return information about the current client connection.',
  'LIST [options ...]',
  '    Return information about client connections.',
  'SETNAME <name>',
  '    Assign the name <name> to the current connection.',
  'HELP',
  '    Print this help.',
];

const client: ServerCommandHandler = (call) => {
  const { argv, client: c, server } = call;
  const sub = (argv[1] ?? '').toLowerCase();
  switch (sub) {
    case 'id':
      return R.int(c.id);
    case 'getname':
      return c.name ? R.bulk(c.name) : R.nil();
    case 'setname':
      return setName(c, argv[2] ?? '') ?? R.ok();
    case 'info':
      return R.bulk(`${c.infoLine()}\n`);
    case 'list':
      return R.bulk([...server.clients.values()].map((x) => `${x.infoLine()}\n`).join(''));
    case 'help':
      return R.array(CLIENT_HELP.map((l) => R.status(l)));
    case 'kill': {
      // CLIENT KILL ID <id> only (and the old addr form).
      if (argv.length === 3) {
        const target = [...server.clients.values()].find((x) => x.addr === argv[2]);
        if (!target) return R.error('ERR No such client');
        server.closeClient(target.id);
        return R.ok();
      }
      if ((argv[2] ?? '').toLowerCase() === 'id' && argv.length === 4) {
        const id = Number(argv[3]);
        const target = server.clients.get(id);
        if (!target) return R.int(0);
        server.closeClient(id);
        return R.int(1);
      }
      return R.error('ERR syntax error');
    }
    default:
      // no-evict, reply, tracking, pause...: accepted without effect.
      return R.ok();
  }
};

/** SHUTDOWN [NOSAVE|SAVE] [NOW] [FORCE] [ABORT]: the server stops; the caller gets no reply. */
const shutdown: ServerCommandHandler = (call) => {
  const opts = call.argv.slice(1).map((a) => a.toLowerCase());
  for (const o of opts) if (!['nosave', 'save', 'now', 'force', 'abort'].includes(o)) return R.error('ERR syntax error');
  if (opts.includes('nosave') && opts.includes('save')) return R.error('ERR syntax error');
  if (opts.includes('abort')) {
    if (opts.length > 1) return R.error('ERR syntax error');
    return R.error('ERR No shutdown in progress.');
  }
  call.client.closing = true;
  setImmediate(() => {
    void call.server.close().then(() => {
      for (const l of call.server.shutdownListeners) l();
    });
  });
  return { type: 'replies', replies: [] };
};

export const connectionCommands: Record<string, ServerCommandHandler> = {
  hello, auth, quit, reset, client, shutdown,
  'client|id': client, 'client|getname': client, 'client|setname': client, 'client|info': client,
  'client|list': client, 'client|help': client, 'client|kill': client,
};
