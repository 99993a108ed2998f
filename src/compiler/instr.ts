// SET_OPCODE / SETARG_* of lopcodes.h, expressed with the generated encoders and decoders.
// Rebuilding through createABC keeps every bit: B and C together cover the Bx field.

import { createABC, createAsBx, getA, getB, getC, getOp, type Op } from '../spec/opcodes.js';

export function setOpcode(i: number, op: Op): number {
  return createABC(op, getA(i), getB(i), getC(i));
}
export function setArgA(i: number, a: number): number {
  return createABC(getOp(i), a, getB(i), getC(i));
}
export function setArgB(i: number, b: number): number {
  return createABC(getOp(i), getA(i), b, getC(i));
}
export function setArgC(i: number, c: number): number {
  return createABC(getOp(i), getA(i), getB(i), c);
}
export function setArgSBx(i: number, sbx: number): number {
  return createAsBx(getOp(i), getA(i), sbx);
}
