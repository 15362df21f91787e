// A tiny container for typed arrays: `packSections` writes named arrays into one buffer,
// `unpackSections` gives views over that buffer back without copying. The compiled matcher
// ships in this form (assets/index/matcher.bin) so that loading it is a header parse.
//
// Layout: "PSMB", u32 version, u32 count, then per section 8 ASCII name bytes, u32 kind,
// u32 byte offset, u32 element count; each section's data starts on an 8-byte boundary.
// Typed arrays use the platform's byte order: little-endian in every browser and Node we run on.

export type Section = Uint8Array | Uint16Array | Uint32Array | Int32Array;
export type Sections = Record<string, Section>;

const MAGIC = 0x424d5350; // "PSMB" read as little-endian u32
const VERSION = 3; // 2: automaton slots interleaved ("nodes"); 3: first-word filter ("starts")
const HEADER = 12;
const ENTRY = 20;

const KINDS = [
  { kind: 1, ctor: Uint8Array },
  { kind: 2, ctor: Uint16Array },
  { kind: 3, ctor: Uint32Array },
  { kind: 4, ctor: Int32Array },
] as const;

function kindOf(section: Section): number {
  const found = KINDS.find((k) => section instanceof k.ctor);
  if (!found) throw new Error('Unsupported section type');
  return found.kind;
}

const align8 = (n: number) => (n + 7) & ~7;

export function packSections(sections: Sections): Uint8Array {
  const names = Object.keys(sections);
  let offset = align8(HEADER + ENTRY * names.length);
  const offsets: number[] = [];
  for (const name of names) {
    if (name.length > 8 || !/^[\x20-\x7e]+$/.test(name)) throw new Error(`Bad section name "${name}"`);
    offsets.push(offset);
    offset = align8(offset + sections[name]!.byteLength);
  }
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, names.length, true);
  names.forEach((name, i) => {
    const section = sections[name]!;
    const at = HEADER + ENTRY * i;
    for (let k = 0; k < 8; k++) out[at + k] = k < name.length ? name.charCodeAt(k) : 0;
    view.setUint32(at + 8, kindOf(section), true);
    view.setUint32(at + 12, offsets[i]!, true);
    view.setUint32(at + 16, section.length, true);
    out.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), offsets[i]!);
  });
  return out;
}

/** Views over `bytes` (no copy when it is 8-byte aligned, which ArrayBuffers always are). */
export function unpackSections(bytes: ArrayBuffer | Uint8Array): Sections {
  let u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8.byteOffset % 8 !== 0) u8 = u8.slice(); // views need aligned offsets
  if (u8.byteLength < HEADER) throw new Error('Matcher data is truncated');
  const view = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('Not a compiled matcher (bad magic)');
  const version = view.getUint32(4, true);
  if (version !== VERSION) throw new Error(`Compiled matcher version ${version}, expected ${VERSION}: rebuild the index`);
  const count = view.getUint32(8, true);
  if (u8.byteLength < HEADER + ENTRY * count) throw new Error('Matcher data is truncated');
  const sections: Sections = {};
  for (let i = 0; i < count; i++) {
    const at = HEADER + ENTRY * i;
    let name = '';
    for (let k = 0; k < 8 && u8[at + k] !== 0; k++) name += String.fromCharCode(u8[at + k]!);
    const kind = view.getUint32(at + 8, true);
    const offset = view.getUint32(at + 12, true);
    const length = view.getUint32(at + 16, true);
    const ctor = KINDS.find((k) => k.kind === kind)?.ctor;
    if (!ctor) throw new Error(`Section "${name}" has unknown kind ${kind}`);
    if (offset + length * ctor.BYTES_PER_ELEMENT > u8.byteLength) throw new Error(`Section "${name}" is truncated`);
    // A view, not a copy: the buffer is ours (fetched or read from disk), never shared.
    sections[name] = new ctor(u8.buffer as ArrayBuffer, u8.byteOffset + offset, length);
  }
  return sections;
}

/** The named section, or a clear error naming what is missing. */
export function section<T extends Section>(sections: Sections, name: string, ctor: { new (n: number): T }): T {
  const s = sections[name];
  if (!(s instanceof ctor)) throw new Error(`Compiled matcher lacks section "${name}"`);
  return s;
}
