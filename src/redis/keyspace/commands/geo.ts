/**
 * GEO commands (Redis 7.0 geo.c, geohash.c, geohash_helper.c): positions are
 * 52-bit interleaved geohashes stored as sorted-set scores; searches scan the
 * 9 neighbouring geohash boxes in Redis's order and filter by haversine distance.
 * Trigonometry is JavaScript's (sin/cos/asin may differ from glibc in the last
 * ulp; replies print distances with 4 decimals).
 */
import { R, type Reply } from '../../reply.js';
import { ERR, err } from '../errors.js';
import { type CommandContext, type CommandHandler, dbOf, fail, lookup, lookupTyped, parseLL } from '../context.js';
import type { Keyspace, RZSet } from '../keyspace.js';
import { doubleToLongDouble, formatFixed6, formatLongDoubleHuman, parseRedisDouble } from '../numbers.js';
import { ZSet } from '../zset.js';

const GEO_STEP_MAX = 26;
const LAT_MIN = -85.05112878;
const LAT_MAX = 85.05112878;
const LONG_MIN = -180;
const LONG_MAX = 180;
const D_R = Math.PI / 180.0;
const EARTH_RADIUS_IN_METERS = 6372797.560856;
const MERCATOR_MAX = 20037726.37;
const M64 = (1n << 64n) - 1n;

interface Range { min: number; max: number }
interface HashBits { bits: bigint; step: number }
interface Area { lat: Range; lon: Range }

const deg = (a: number): number => a * D_R;
const radToDeg = (a: number): number => a / D_R;

/** Spread the 32 bits of v to the even positions of a 64-bit word. */
function spread(v: number): bigint {
  let x = BigInt(v >>> 0);
  x = (x | (x << 16n)) & 0x0000ffff0000ffffn;
  x = (x | (x << 8n)) & 0x00ff00ff00ff00ffn;
  x = (x | (x << 4n)) & 0x0f0f0f0f0f0f0f0fn;
  x = (x | (x << 2n)) & 0x3333333333333333n;
  x = (x | (x << 1n)) & 0x5555555555555555n;
  return x;
}

/** Collect the even bits of a 64-bit word into 32 bits. */
function squash(v: bigint): number {
  let x = v & 0x5555555555555555n;
  x = (x | (x >> 1n)) & 0x3333333333333333n;
  x = (x | (x >> 2n)) & 0x0f0f0f0f0f0f0f0fn;
  x = (x | (x >> 4n)) & 0x00ff00ff00ff00ffn;
  x = (x | (x >> 8n)) & 0x0000ffff0000ffffn;
  x = (x | (x >> 16n)) & 0x00000000ffffffffn;
  return Number(x);
}

/** geohashEncode: lat in the even bits, lon in the odd bits. Null when out of range. */
function encode(lonR: Range, latR: Range, lon: number, lat: number, step: number): HashBits | null {
  if (lon > LONG_MAX || lon < LONG_MIN || lat > LAT_MAX || lat < LAT_MIN) return null;
  if (lat < latR.min || lat > latR.max || lon < lonR.min || lon > lonR.max) return null;
  let latOff = (lat - latR.min) / (latR.max - latR.min);
  let lonOff = (lon - lonR.min) / (lonR.max - lonR.min);
  latOff *= 2 ** step;
  lonOff *= 2 ** step;
  // (uint32_t) conversion truncates
  const bits = spread(Math.trunc(latOff)) | (spread(Math.trunc(lonOff)) << 1n);
  return { bits, step };
}

const WGS_LON: Range = { min: LONG_MIN, max: LONG_MAX };
const WGS_LAT: Range = { min: LAT_MIN, max: LAT_MAX };

function decode(lonR: Range, latR: Range, h: HashBits): Area {
  const ilat = squash(h.bits);
  const ilon = squash(h.bits >> 1n);
  const div = 2 ** h.step;
  const latScale = latR.max - latR.min;
  const lonScale = lonR.max - lonR.min;
  return {
    lat: { min: latR.min + (ilat * 1.0 / div) * latScale, max: latR.min + ((ilat + 1) * 1.0 / div) * latScale },
    lon: { min: lonR.min + (ilon * 1.0 / div) * lonScale, max: lonR.min + ((ilon + 1) * 1.0 / div) * lonScale },
  };
}

/** decodeGeohash(score): the centre of the step-26 box, clamped to the valid ranges. */
function decodeScore(score: number): [number, number] {
  const a = decode(WGS_LON, WGS_LAT, { bits: BigInt(Math.trunc(score)) & M64, step: GEO_STEP_MAX });
  let x = (a.lon.min + a.lon.max) / 2;
  if (x > LONG_MAX) x = LONG_MAX;
  if (x < LONG_MIN) x = LONG_MIN;
  let y = (a.lat.min + a.lat.max) / 2;
  if (y > LAT_MAX) y = LAT_MAX;
  if (y < LAT_MIN) y = LAT_MIN;
  return [x, y];
}

const align52 = (h: HashBits): bigint => (h.bits << BigInt(52 - h.step * 2)) & M64;

function moveX(h: HashBits, d: number): HashBits {
  if (d === 0) return h;
  let x = h.bits & 0xaaaaaaaaaaaaaaaan;
  const y = h.bits & 0x5555555555555555n;
  const zz = 0x5555555555555555n >> BigInt(64 - h.step * 2);
  if (d > 0) x = (x + (zz + 1n)) & M64;
  else {
    x = x | zz;
    x = (x - (zz + 1n)) & M64;
  }
  x &= 0xaaaaaaaaaaaaaaaan >> BigInt(64 - h.step * 2);
  return { bits: x | y, step: h.step };
}

function moveY(h: HashBits, d: number): HashBits {
  if (d === 0) return h;
  const x = h.bits & 0xaaaaaaaaaaaaaaaan;
  let y = h.bits & 0x5555555555555555n;
  const zz = 0xaaaaaaaaaaaaaaaan >> BigInt(64 - h.step * 2);
  if (d > 0) y = (y + (zz + 1n)) & M64;
  else {
    y = y | zz;
    y = (y - (zz + 1n)) & M64;
  }
  y &= 0x5555555555555555n >> BigInt(64 - h.step * 2);
  return { bits: x | y, step: h.step };
}

function distance(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const lat1r = deg(lat1);
  const lon1r = deg(lon1);
  const lat2r = deg(lat2);
  const lon2r = deg(lon2);
  const u = Math.sin((lat2r - lat1r) / 2);
  const v = Math.sin((lon2r - lon1r) / 2);
  return 2.0 * EARTH_RADIUS_IN_METERS * Math.asin(Math.sqrt(u * u + Math.cos(lat1r) * Math.cos(lat2r) * v * v));
}

interface Shape {
  circular: boolean;
  xy: [number, number];
  conversion: number;
  radius: number;
  width: number;
  height: number;
}

function estimateSteps(rangeIn: number, lat: number): number {
  let range = rangeIn;
  if (range === 0) return 26;
  let step = 1;
  while (range < MERCATOR_MAX) {
    range *= 2;
    step++;
  }
  step -= 2;
  if (lat > 66 || lat < -66) {
    step--;
    if (lat > 80 || lat < -80) step--;
  }
  if (step < 1) step = 1;
  if (step > 26) step = 26;
  return step;
}

/** geohashCalculateAreasByShapeWGS84: the boxes to scan, in membersOfAllNeighbors order (zeroed ones null). */
function searchBoxes(shape: Shape): Array<HashBits | null> {
  const [lon, lat] = shape.xy;
  const height = shape.conversion * (shape.circular ? shape.radius : shape.height / 2);
  const width = shape.conversion * (shape.circular ? shape.radius : shape.width / 2);
  const latDelta = radToDeg(height / EARTH_RADIUS_IN_METERS);
  const lonDeltaTop = radToDeg(width / EARTH_RADIUS_IN_METERS / Math.cos(deg(lat + latDelta)));
  const lonDeltaBottom = radToDeg(width / EARTH_RADIUS_IN_METERS / Math.cos(deg(lat - latDelta)));
  const south = lat < 0;
  const minLon = south ? lon - lonDeltaBottom : lon - lonDeltaTop;
  const maxLon = south ? lon + lonDeltaBottom : lon + lonDeltaTop;
  const minLat = lat - latDelta;
  const maxLat = lat + latDelta;
  let radiusMeters = shape.circular ? shape.radius : Math.sqrt((shape.width / 2) * (shape.width / 2) + (shape.height / 2) * (shape.height / 2));
  radiusMeters *= shape.conversion;
  let steps = estimateSteps(radiusMeters, lat);
  const zero: HashBits = { bits: 0n, step: 0 };
  const at = (st: number): { hash: HashBits; n: Record<string, HashBits>; area: Area } => {
    const hash = encode(WGS_LON, WGS_LAT, lon, lat, st) ?? zero;
    const n = {
      east: moveX(hash, 1), west: moveX(hash, -1), south: moveY(hash, -1), north: moveY(hash, 1),
      north_west: moveY(moveX(hash, -1), 1), south_west: moveY(moveX(hash, -1), -1),
      north_east: moveY(moveX(hash, 1), 1), south_east: moveY(moveX(hash, 1), -1),
    };
    return { hash, n, area: decode(WGS_LON, WGS_LAT, hash) };
  };
  let cur = at(steps);
  const dn = decode(WGS_LON, WGS_LAT, cur.n['north'] ?? zero);
  const ds = decode(WGS_LON, WGS_LAT, cur.n['south'] ?? zero);
  const de = decode(WGS_LON, WGS_LAT, cur.n['east'] ?? zero);
  const dw = decode(WGS_LON, WGS_LAT, cur.n['west'] ?? zero);
  const decrease = dn.lat.max < maxLat || ds.lat.min > minLat || de.lon.max < maxLon || dw.lon.min > minLon;
  if (steps > 1 && decrease) {
    steps--;
    cur = at(steps);
  }
  const n: Record<string, HashBits | null> = { ...cur.n };
  if (steps >= 2) {
    if (cur.area.lat.min < minLat) n['south'] = n['south_west'] = n['south_east'] = null;
    if (cur.area.lat.max > maxLat) n['north'] = n['north_east'] = n['north_west'] = null;
    if (cur.area.lon.min < minLon) n['west'] = n['south_west'] = n['north_west'] = null;
    if (cur.area.lon.max > maxLon) n['east'] = n['south_east'] = n['north_east'] = null;
  }
  return [cur.hash, n['north'] ?? null, n['south'] ?? null, n['east'] ?? null, n['west'] ?? null,
    n['north_east'] ?? null, n['north_west'] ?? null, n['south_east'] ?? null, n['south_west'] ?? null];
}

interface GeoPoint {
  member: string;
  score: number;
  dist: number;
  xy: [number, number];
}

function withinShape(shape: Shape, score: number): { xy: [number, number]; dist: number } | null {
  const xy = decodeScore(score);
  if (shape.circular) {
    const d = distance(shape.xy[0], shape.xy[1], xy[0], xy[1]);
    return d > shape.radius * shape.conversion ? null : { xy, dist: d };
  }
  const w = shape.width * shape.conversion;
  const h = shape.height * shape.conversion;
  const lonD = distance(xy[0], xy[1], shape.xy[0], xy[1]);
  const latD = distance(xy[0], xy[1], xy[0], shape.xy[1]);
  if (lonD > w / 2 || latD > h / 2) return null;
  return { xy, dist: distance(shape.xy[0], shape.xy[1], xy[0], xy[1]) };
}

/** membersOfAllNeighbors: boxes in order, skipping zeroed boxes and a box equal to the last processed one. */
function membersInShape(z: ZSet, shape: Shape, limit: number): GeoPoint[] {
  const boxes = searchBoxes(shape);
  const out: GeoPoint[] = [];
  let last = 0;
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    if (!b || (b.bits === 0n && b.step === 0)) continue;
    const lb = boxes[last];
    if (last && lb && b.bits === lb.bits && b.step === lb.step) continue;
    if (out.length && limit && out.length >= limit) break;
    const min = Number(align52(b));
    const max = Number(align52({ bits: b.bits + 1n, step: b.step }));
    for (const e of z.all()) {
      if (e.score < min) continue;
      if (e.score >= max) break;
      const w = withinShape(shape, e.score);
      if (w) out.push({ member: e.member, score: e.score, dist: w.dist, xy: w.xy });
      if (out.length && limit && out.length >= limit) break;
    }
    last = i;
  }
  return out;
}

function unitOf(s: string): number {
  const u = s.toLowerCase();
  if (u === 'm') return 1;
  if (u === 'km') return 1000;
  if (u === 'ft') return 0.3048;
  if (u === 'mi') return 1609.34;
  return fail(err('ERR unsupported unit provided. please use M, KM, FT, MI'));
}

function num(s: string, msg = 'ERR value is not a valid float'): number {
  const v = parseRedisDouble(s);
  if (v === null) fail(err(msg));
  return v;
}

function lonLat(a: string, b: string): [number, number] {
  const x = num(a);
  const y = num(b);
  if (x < LONG_MIN || x > LONG_MAX || y < LAT_MIN || y > LAT_MAX) fail(err(`ERR invalid longitude,latitude pair ${formatFixed6(x)},${formatFixed6(y)}`));
  return [x, y];
}

/** addReplyHumanLongDouble. */
function human(ctx: CommandContext, d: number): Reply {
  const text = formatLongDoubleHuman(doubleToLongDouble(d));
  return ctx.protocol === 3 ? { type: 'double', value: d, text } : R.bulk(text);
}

const distReply = (d: number): Reply => R.bulk(d.toFixed(4));

const geoadd: CommandHandler = (ks, ctx, argv) => {
  let idx = 2;
  let nx = false, xx = false, ch = false;
  while (idx < argv.length) {
    const o = (argv[idx] ?? '').toLowerCase();
    if (o === 'nx') nx = true;
    else if (o === 'xx') xx = true;
    else if (o === 'ch') ch = true;
    else break;
    idx++;
  }
  if ((argv.length - idx) % 3 || (xx && nx)) return ERR.syntax;
  const items: Array<[number, string]> = [];
  for (let i = idx; i < argv.length; i += 3) {
    const [x, y] = lonLat(argv[i] ?? '', argv[i + 1] ?? '');
    const h = encode(WGS_LON, WGS_LAT, x, y, GEO_STEP_MAX);
    items.push([Number(h ? align52(h) : 0n), argv[i + 2] ?? '']);
  }
  if (items.length === 0) return ERR.syntax;
  const key = argv[1] ?? '';
  let z = lookupTyped(ks, ctx, key, 'zset');
  if (!z) {
    if (xx) return R.int(0);
    z = { type: 'zset', value: new ZSet() };
    ks.addKey(dbOf(ks, ctx), key, z);
  }
  let added = 0, updated = 0;
  for (const [score, m] of items) {
    const cur = z.value.score(m);
    if (cur !== undefined) {
      if (nx) continue;
      if (cur !== score) {
        z.value.set(m, score);
        updated++;
      }
    } else if (!xx) {
      z.value.set(m, score);
      added++;
    }
  }
  if (added || updated) {
    ks.signalModified(dbOf(ks, ctx), key);
    ks.dirty += added + updated;
  }
  return R.int(ch ? added + updated : added);
};

const geopos: CommandHandler = (ks, ctx, argv) => {
  const z = lookupTyped(ks, ctx, argv[1] ?? '', 'zset');
  const out: Reply[] = [];
  for (let i = 2; i < argv.length; i++) {
    const s = z?.value.score(argv[i] ?? '');
    if (s === undefined) out.push(R.nilArray());
    else {
      const [x, y] = decodeScore(s);
      out.push(R.array([human(ctx, x), human(ctx, y)]));
    }
  }
  return R.array(out);
};

const geodist: CommandHandler = (ks, ctx, argv) => {
  let toMeter = 1;
  if (argv.length === 5) toMeter = unitOf(argv[4] ?? '');
  else if (argv.length > 5) return ERR.syntax;
  const z = lookupTyped(ks, ctx, argv[1] ?? '', 'zset');
  if (!z) return R.nil();
  const s1 = z.value.score(argv[2] ?? '');
  const s2 = z.value.score(argv[3] ?? '');
  if (s1 === undefined || s2 === undefined) return R.nil();
  const [x1, y1] = decodeScore(s1);
  const [x2, y2] = decodeScore(s2);
  return distReply(distance(x1, y1, x2, y2) / toMeter);
};

const ALPHABET = '0123456789bcdefghjkmnpqrstuvwxyz';

const geohash: CommandHandler = (ks, ctx, argv) => {
  const z = lookupTyped(ks, ctx, argv[1] ?? '', 'zset');
  const out: Reply[] = [];
  for (let i = 2; i < argv.length; i++) {
    const s = z?.value.score(argv[i] ?? '');
    if (s === undefined) {
      out.push(R.nil());
      continue;
    }
    const [x, y] = decodeScore(s);
    const h = encode({ min: -180, max: 180 }, { min: -90, max: 90 }, x, y, 26);
    const bits = h ? h.bits : 0n;
    let str = '';
    for (let k = 0; k < 11; k++) {
      const idx = k === 10 ? 0 : Number((bits >> BigInt(52 - (k + 1) * 5)) & 0x1fn);
      str += ALPHABET[idx] ?? '0';
    }
    out.push(R.bulk(str));
  }
  return R.array(out);
};

const F_COORDS = 1, F_MEMBER = 2, F_NOSTORE = 4, F_SEARCH = 8, F_SEARCHSTORE = 16;

/** georadiusGeneric. */
function georadiusGeneric(ks: Keyspace, ctx: CommandContext, argv: string[], srcIdx: number, flags: number): Reply {
  let storekey: string | null = null;
  let storedist = false;
  const zv = lookup(ks, ctx, argv[srcIdx] ?? '');
  if (zv !== undefined && zv.type !== 'zset') return ERR.wrongType;
  const z = zv as RZSet | undefined;
  const shape: Shape = { circular: true, xy: [0, 0], conversion: 1, radius: 0, width: 0, height: 0 };
  let base: number;
  const memberPos = (m: string): [number, number] => {
    const s = z?.value.score(m);
    if (s === undefined) return fail(err('ERR could not decode requested zset member'));
    return decodeScore(s);
  };
  const radiusOf = (a: string, unit: string): void => {
    const d = num(a, 'ERR need numeric radius');
    if (d < 0) fail(err('ERR radius cannot be negative'));
    shape.radius = d;
    shape.conversion = unitOf(unit);
  };
  if (flags & F_COORDS) {
    base = 6;
    shape.xy = lonLat(argv[2] ?? '', argv[3] ?? '');
    radiusOf(argv[4] ?? '', argv[5] ?? '');
  } else if (flags & F_MEMBER && !z) base = 5;
  else if (flags & F_MEMBER) {
    base = 5;
    shape.xy = memberPos(argv[2] ?? '');
    radiusOf(argv[3] ?? '', argv[4] ?? '');
  } else {
    base = 2;
    if (flags & F_SEARCHSTORE) {
      base = 3;
      storekey = argv[1] ?? '';
    }
  }
  let withdist = false, withhash = false, withcoords = false;
  let frommember = false, fromloc = false, byradius = false, bybox = false;
  let sort: 'none' | 'asc' | 'desc' = 'none';
  let any = false;
  let count = 0n;
  const remaining = argv.length - base;
  for (let i = 0; i < remaining; i++) {
    const a = (argv[base + i] ?? '').toLowerCase();
    const arg = (k: number): string => argv[base + i + k] ?? '';
    if (a === 'withdist') withdist = true;
    else if (a === 'withhash') withhash = true;
    else if (a === 'withcoord') withcoords = true;
    else if (a === 'any') any = true;
    else if (a === 'asc') sort = 'asc';
    else if (a === 'desc') sort = 'desc';
    else if (a === 'count' && i + 1 < remaining) {
      count = parseLL(arg(1));
      if (count <= 0n) return err('ERR COUNT must be > 0');
      i++;
    } else if (a === 'store' && i + 1 < remaining && !(flags & F_NOSTORE) && !(flags & F_SEARCH)) {
      storekey = arg(1);
      storedist = false;
      i++;
    } else if (a === 'storedist' && i + 1 < remaining && !(flags & F_NOSTORE) && !(flags & F_SEARCH)) {
      storekey = arg(1);
      storedist = true;
      i++;
    } else if (a === 'storedist' && flags & F_SEARCH && flags & F_SEARCHSTORE) storedist = true;
    else if (a === 'frommember' && i + 1 < remaining && flags & F_SEARCH && !fromloc) {
      if (z) shape.xy = memberPos(arg(1));
      frommember = true;
      i++;
    } else if (a === 'fromlonlat' && i + 2 < remaining && flags & F_SEARCH && !frommember) {
      shape.xy = lonLat(arg(1), arg(2));
      fromloc = true;
      i += 2;
    } else if (a === 'byradius' && i + 2 < remaining && flags & F_SEARCH && !bybox) {
      radiusOf(arg(1), arg(2));
      shape.circular = true;
      byradius = true;
      i += 2;
    } else if (a === 'bybox' && i + 3 < remaining && flags & F_SEARCH && !byradius) {
      const w = num(arg(1), 'ERR need numeric width');
      const h = num(arg(2), 'ERR need numeric height');
      if (h < 0 || w < 0) return err('ERR height or width cannot be negative');
      shape.width = w;
      shape.height = h;
      shape.conversion = unitOf(arg(3));
      shape.circular = false;
      bybox = true;
      i += 3;
    } else return ERR.syntax;
  }
  if (storekey !== null && (withdist || withhash || withcoords)) {
    return err(`ERR ${flags & F_SEARCHSTORE ? 'GEOSEARCHSTORE' : 'STORE option in GEORADIUS'} is not compatible with WITHDIST, WITHHASH and WITHCOORD options`);
  }
  if (flags & F_SEARCH && !(frommember || fromloc)) return err(`ERR exactly one of FROMMEMBER or FROMLONLAT can be specified for ${argv[0] ?? ''}`);
  if (flags & F_SEARCH && !(byradius || bybox)) return err(`ERR exactly one of BYRADIUS and BYBOX can be specified for ${argv[0] ?? ''}`);
  if (any && !count) return err('ERR the ANY argument requires COUNT argument');
  const db = dbOf(ks, ctx);
  if (!z) {
    if (storekey !== null) {
      if (ks.deleteKey(db, storekey)) ks.dirty++;
      return R.int(0);
    }
    return R.array([]);
  }
  if (count !== 0n && sort === 'none' && !any) sort = 'asc';
  const points = membersInShape(z.value, shape, any ? Number(count) : 0);
  if (points.length === 0 && storekey === null) return R.array([]);
  if (sort !== 'none') points.sort((a, b) => (sort === 'asc' ? a.dist - b.dist : b.dist - a.dist) || 0);
  const returned = count === 0n || BigInt(points.length) < count ? points.length : Number(count);
  const chosen = points.slice(0, returned);
  for (const p of chosen) p.dist /= shape.conversion;
  if (storekey === null) {
    const opts = (withdist ? 1 : 0) + (withcoords ? 1 : 0) + (withhash ? 1 : 0);
    return R.array(chosen.map((p) => {
      if (!opts) return R.bulk(p.member);
      const e: Reply[] = [R.bulk(p.member)];
      if (withdist) e.push(distReply(p.dist));
      if (withhash) e.push(R.int(BigInt(Math.trunc(p.score))));
      if (withcoords) e.push(R.array([human(ctx, p.xy[0]), human(ctx, p.xy[1])]));
      return R.array(e);
    }));
  }
  if (returned) {
    const nz = new ZSet();
    for (const p of chosen) nz.set(p.member, storedist ? p.dist : p.score);
    ks.setKey(db, storekey, { type: 'zset', value: nz });
    ks.dirty += returned;
  } else if (ks.deleteKey(db, storekey)) ks.dirty++;
  return R.int(returned);
}

const georadius: CommandHandler = (ks, ctx, argv) => georadiusGeneric(ks, ctx, argv, 1, F_COORDS);
const georadiusRo: CommandHandler = (ks, ctx, argv) => georadiusGeneric(ks, ctx, argv, 1, F_COORDS | F_NOSTORE);
const georadiusbymember: CommandHandler = (ks, ctx, argv) => georadiusGeneric(ks, ctx, argv, 1, F_MEMBER);
const georadiusbymemberRo: CommandHandler = (ks, ctx, argv) => georadiusGeneric(ks, ctx, argv, 1, F_MEMBER | F_NOSTORE);
const geosearch: CommandHandler = (ks, ctx, argv) => georadiusGeneric(ks, ctx, argv, 1, F_SEARCH);
const geosearchstore: CommandHandler = (ks, ctx, argv) => georadiusGeneric(ks, ctx, argv, 2, F_SEARCH | F_SEARCHSTORE);

export const geoCommands: Record<string, CommandHandler> = {
  geoadd, geopos, geodist, geohash, georadius, georadius_ro: georadiusRo, georadiusbymember,
  georadiusbymember_ro: georadiusbymemberRo, geosearch, geosearchstore,
};
