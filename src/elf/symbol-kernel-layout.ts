import { ARENA_RESERVED } from './wasm-arena.js'

/*
 * WebAssembly kernels over a large little-endian dynamic symbol table. A one-shot CLI process never runs JavaScript
 * loops long enough for the optimising compiler to pay off; the same loops compiled by the baseline WebAssembly
 * compiler run several times faster from the first iteration. Memory layout (one linear memory per table):
 *   [0, 16)        results of the last call (p, status, next index)
 *   sym            the .dynsym entries (count * entsize)
 *   versym         .gnu.version (count entries; entries past the real table read as 0)
 *   str            .dynstr, then 16 zero bytes (a terminator for an unterminated last name, and room for 8-byte reads)
 *   cls            byte classes for JSON: [0,256) class, [256,512) lowest, [512,768) highest first continuation byte
 *   json tables    added by prepareJson: vid per versym value (u16), def name offset per vid, fragment offsets
 *   out            output buffer
 */

/** Where the kernel's tables start in its memory (after the results words). */
export const HEADER = ARENA_RESERVED
/** A zero word in the header: where the kernels read the .gnu.version of symbols past the end of that table. */
export const ZERO_AT = 48
/** Bytes of the JSON byte-class tables. */
export const CLS_SIZE = 768
/** Bytes of JSON per chunk handed to the sink. */
export const KERNEL_CHUNK = 1 << 18
