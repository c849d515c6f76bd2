/**
 * A tiny WebAssembly module (SIMD, f32x4) that scores every row of a row-major float32 matrix against a query:
 * `scores(matrixPtr, queryPtr, rows, dims, outPtr)`, dims a multiple of 16. Written out as bytes here (no
 * toolchain); four accumulators keep the multiply-adds independent. About 4× the plain JavaScript loop.
 */
const leb = (value: number): number[] => {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
};
const sleb = (value: number): number[] => {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
};
const section = (id: number, body: number[]) => [id, ...leb(body.length), ...body];
const vec = (items: number[][]) => [...leb(items.length), ...items.flat()];
const name = (s: string) => [...leb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

// Opcodes.
const get = (i: number) => [0x20, i];
const set = (i: number) => [0x21, i];
const i32 = (v: number) => [0x41, ...sleb(v)];
const add = 0x6a;
const mul = 0x6c;
const v128load = (offset: number) => [0xfd, 0x00, 0x00, ...leb(offset)];
const f32x4add = [0xfd, 0xe4, 0x01];
const f32x4mul = [0xfd, 0xe6, 0x01];
const lane = (i: number) => [0xfd, 0x1f, i];
const zero = [0xfd, 0x0c, ...new Array<number>(16).fill(0)];

// Params: 0 matrix, 1 query, 2 rows, 3 dims, 4 out. Locals: 5 row, 6 j, 7 rowBytes, 8..11 accumulators.
const [M, Q, N, D, OUT, ROW, J, RB] = [0, 1, 2, 3, 4, 5, 6, 7];
const ACC = [8, 9, 10, 11];
const body: number[] = [
  ...get(D), ...i32(4), mul, ...set(RB),
  ...i32(0), ...set(ROW),
  0x02, 0x40, // block $exit
  0x03, 0x40, // loop $rows
  ...get(ROW), ...get(N), 0x4f /* i32.ge_u */, 0x0d, 1, // br_if $exit
  ...ACC.flatMap((a) => [...zero, ...set(a)]),
  ...i32(0), ...set(J),
  0x03, 0x40, // loop $cols
  ...ACC.flatMap((a, k) => [
    ...get(a),
    ...get(M), ...get(J), add, ...v128load(16 * k),
    ...get(Q), ...get(J), add, ...v128load(16 * k),
    ...f32x4mul, ...f32x4add, ...set(a),
  ]),
  ...get(J), ...i32(64), add, 0x22, J, // local.tee j
  ...get(RB), 0x49 /* i32.lt_u */, 0x0d, 0, // br_if $cols
  0x0b, // end $cols
  ...get(ACC[0]!), ...get(ACC[1]!), ...f32x4add, ...get(ACC[2]!), ...f32x4add, ...get(ACC[3]!), ...f32x4add, ...set(ACC[0]!),
  ...get(OUT), ...get(ROW), ...i32(4), mul, add, // address out + row*4
  ...get(ACC[0]!), ...lane(0), ...get(ACC[0]!), ...lane(1), 0x92, ...get(ACC[0]!), ...lane(2), 0x92, ...get(ACC[0]!), ...lane(3), 0x92,
  0x38, 0x02, 0x00, // f32.store align=4
  ...get(M), ...get(RB), add, ...set(M),
  ...get(ROW), ...i32(1), add, ...set(ROW),
  0x0c, 0, // br $rows
  0x0b, // end $rows
  0x0b, // end $exit
  0x0b, // end function
];
const locals = [...leb(2), ...leb(3), 0x7f, ...leb(4), 0x7b];
const code = [...locals, ...body];

const moduleBytes = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, vec([[0x60, ...leb(5), 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, ...leb(0)]])),
  ...section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, ...leb(1)]])),
  ...section(3, vec([[0]])),
  ...section(7, vec([[...name('scores'), 0x00, 0]])),
  ...section(10, vec([[...leb(code.length), ...code]])),
]);

/** The slice of the WebAssembly API used here (the compiler's lib has no WebAssembly declarations). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => WasmMemory;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

export interface SimdDot {
  memory: WasmMemory;
  scores(matrixPtr: number, queryPtr: number, rows: number, dims: number, outPtr: number): void;
}

let compiled: object | null | undefined;

/** The module with its own memory, or null where WebAssembly SIMD is unavailable. */
export function createSimdDot(initialBytes: number): SimdDot | null {
  if (compiled === undefined) {
    try {
      compiled = wasm.validate(moduleBytes) ? new wasm.Module(moduleBytes) : null;
    } catch {
      compiled = null;
    }
  }
  if (!compiled) return null;
  const memory = new wasm.Memory({ initial: Math.max(1, Math.ceil(initialBytes / 65536)) });
  const instance = new wasm.Instance(compiled, { env: { memory } });
  return { memory, scores: instance.exports.scores as SimdDot['scores'] };
}
