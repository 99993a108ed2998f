// expdesc of Lua 5.1.5 (lparser.h): the state of an expression being compiled.

/** expkind, in lparser.h order (assignment checks VLOCAL <= k <= VINDEXED). */
export const enum K {
  VVOID = 0, // no value
  VNIL,
  VTRUE,
  VFALSE,
  VK, // info = index of constant in `k'
  VKNUM, // nval = numerical value
  VLOCAL, // info = local register
  VUPVAL, // info = index of upvalue in `upvalues'
  VGLOBAL, // info = index of table; aux = index of global name in `k'
  VINDEXED, // info = table register; aux = index register (or `k')
  VJMP, // info = instruction pc
  VRELOCABLE, // info = instruction pc
  VNONRELOC, // info = result register
  VCALL, // info = instruction pc
  VVARARG, // info = instruction pc
}

/** NO_JUMP of lcode.h: marks the end of a patch list. */
export const NO_JUMP = -1;
/** NO_REG of lopcodes.h (MAXARG_A). */
export const NO_REG = 255;

export interface ExpDesc {
  k: K;
  info: number;
  aux: number;
  nval: number;
  /** patch list of `exit when true' */
  t: number;
  /** patch list of `exit when false' */
  f: number;
}

export function newExp(k: K = K.VVOID, info = 0): ExpDesc {
  return { k, info, aux: 0, nval: 0, t: NO_JUMP, f: NO_JUMP };
}

/** init_exp. */
export function initExp(e: ExpDesc, k: K, info: number): void {
  e.f = e.t = NO_JUMP;
  e.k = k;
  e.info = info;
}

export function copyExp(dst: ExpDesc, src: ExpDesc): void {
  dst.k = src.k;
  dst.info = src.info;
  dst.aux = src.aux;
  dst.nval = src.nval;
  dst.t = src.t;
  dst.f = src.f;
}

/** hasmultret of lparser.c. */
export function hasMultRet(k: K): boolean {
  return k === K.VCALL || k === K.VVARARG;
}
