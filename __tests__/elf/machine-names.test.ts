// Every e_machine value readelf names is named the same way (src/elf/machines.ts is generated from readelf 2.40 by
// scripts/gen-machine-names.mjs); these are the ones met in practice, and ARCv2, which Debian's arch-test ships.
import { machineName } from '../../src/elf/names.js'

test.each([
  [0, 'None'],
  [1, 'WE32100'],
  [2, 'Sparc'],
  [3, 'Intel 80386'],
  [4, 'MC68000'],
  [5, 'MC88000'],
  [6, 'Intel MCU'],
  [7, 'Intel 80860'],
  [8, 'MIPS R3000'],
  [9, 'IBM System/370'],
  [10, 'MIPS R4000 big-endian'],
  [15, 'HPPA'],
  [18, 'Sparc v8+'],
  [20, 'PowerPC'],
  [21, 'PowerPC64'],
  [22, 'IBM S/390'],
  [40, 'ARM'],
  [41, 'Digital Alpha (old)'],
  [42, 'Renesas / SuperH SH'],
  [43, 'Sparc v9'],
  [50, 'Intel IA-64'],
  [62, 'Advanced Micro Devices X86-64'],
  [183, 'AArch64'],
  [243, 'RISC-V'],
  [247, 'Linux BPF'],
  [258, 'LoongArch'],
  [36902, 'Alpha'],
  [41872, 'IBM S/390'],
  [0xc3, 'ARCv2'],
  [0xf3, 'RISC-V'],
])('e_machine %i is named %j, as readelf -h prints it', (machine, name) => {
  expect(machineName(machine)).toBe(name)
})

test('an unnamed e_machine reads as readelf prints it', () => {
  expect(machineName(0xfffe)).toBe('<unknown>: 0xfffe')
})
