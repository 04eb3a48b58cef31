// QR codes (ISO/IEC 18004) for the presenter view's share link: byte mode,
// error correction level M, versions 1 to 10 (up to 213 bytes, far more than
// a URL of the view needs). Written here rather than taken from a library:
// the standard algorithm is 200 lines, and the page loads nothing from
// elsewhere. Tested against matrices made by libqrencode and by decoding
// the drawn code with zbarimg (cmd/quizstats/present_test.go).

// Per version 1..10 at level M: error correction codewords per block, and
// the number of blocks (ISO/IEC 18004 table 9).
const ECC_PER_BLOCK = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
const BLOCKS = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5];
const ALIGN = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];
const FORMAT_M = 0; // level M's two format bits

// rawCodewords is how many 8-bit codewords a version holds in all.
function rawCodewords(v) {
  let bits = (16 * v + 128) * v + 64; // every module but the finders, separators and timing
  if (v >= 2) {
    const n = Math.floor(v / 7) + 2; // alignment patterns per side
    bits -= (25 * n - 10) * n - 55;
    if (v >= 7) bits -= 36; // version information
  }
  return Math.floor(bits / 8);
}

const dataCodewords = (v) => rawCodewords(v) - ECC_PER_BLOCK[v - 1] * BLOCKS[v - 1];

// gfMul multiplies in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1.
function gfMul(x, y) {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

// rsDivisor is the Reed-Solomon generator polynomial of a degree, highest
// coefficient first and the leading 1 left out.
function rsDivisor(degree) {
  const r = new Array(degree).fill(0);
  r[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      r[j] = gfMul(r[j], root);
      if (j + 1 < degree) r[j] ^= r[j + 1];
    }
    root = gfMul(root, 2);
  }
  return r;
}

function rsRemainder(data, divisor) {
  const r = new Array(divisor.length).fill(0);
  for (const b of data) {
    const f = b ^ r.shift();
    r.push(0);
    divisor.forEach((c, i) => (r[i] ^= gfMul(c, f)));
  }
  return r;
}

// codewords turns the bytes into the version's final codeword sequence:
// header, data, padding, then the blocks' data and error correction
// codewords interleaved.
function codewords(bytes, v) {
  const bits = [];
  const put = (val, n) => {
    for (let i = n - 1; i >= 0; i--) bits.push((val >>> i) & 1);
  };
  put(0b0100, 4); // byte mode
  put(bytes.length, v < 10 ? 8 : 16);
  bytes.forEach((b) => put(b, 8));
  const cap = dataCodewords(v) * 8;
  put(0, Math.min(4, cap - bits.length)); // terminator
  put(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < cap; pad ^= 0xec ^ 0x11) put(pad, 8);
  const data = [];
  for (let i = 0; i < bits.length; i += 8) data.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));

  const nBlocks = BLOCKS[v - 1];
  const eccLen = ECC_PER_BLOCK[v - 1];
  const raw = rawCodewords(v);
  const shortLen = Math.floor(raw / nBlocks) - eccLen; // data codewords of a short block
  const nShort = nBlocks - (raw % nBlocks);
  const div = rsDivisor(eccLen);
  const blocks = [];
  for (let i = 0, k = 0; i < nBlocks; i++) {
    const len = shortLen + (i < nShort ? 0 : 1);
    const d = data.slice(k, k + len);
    k += len;
    blocks.push({ d, e: rsRemainder(d, div) });
  }
  const out = [];
  for (let i = 0; i <= shortLen; i++) for (const b of blocks) if (i < b.d.length) out.push(b.d[i]);
  for (let i = 0; i < eccLen; i++) for (const b of blocks) out.push(b.e[i]);
  return out;
}

const MASKS = [
  (x, y) => (x + y) % 2 === 0,
  (x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

// Matrix is a square of modules, true for dark, indexed [y][x].
class Matrix {
  constructor(v) {
    this.v = v;
    this.size = 4 * v + 17;
    this.m = Array.from({ length: this.size }, () => new Array(this.size).fill(false));
    this.fn = Array.from({ length: this.size }, () => new Array(this.size).fill(false));
  }

  set(x, y, dark) {
    this.m[y][x] = dark;
    this.fn[y][x] = true;
  }

  functionPatterns() {
    const s = this.size;
    for (let i = 0; i < s; i++) {
      this.set(6, i, i % 2 === 0);
      this.set(i, 6, i % 2 === 0);
    }
    for (const [cx, cy] of [[3, 3], [s - 4, 3], [3, s - 4]]) {
      for (let dy = -4; dy <= 4; dy++) {
        for (let dx = -4; dx <= 4; dx++) {
          const x = cx + dx, y = cy + dy;
          const d = Math.max(Math.abs(dx), Math.abs(dy));
          if (x >= 0 && x < s && y >= 0 && y < s) this.set(x, y, d !== 2 && d !== 4);
        }
      }
    }
    const pos = ALIGN[this.v - 1];
    const last = pos.length - 1;
    pos.forEach((cy, i) => pos.forEach((cx, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) this.set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }));
    this.format(0); // reserves the format areas; drawn again with the mask
    if (this.v >= 7) {
      let r = this.v;
      for (let i = 0; i < 12; i++) r = (r << 1) ^ ((r >>> 11) * 0x1f25);
      const bits = (this.v << 12) | r;
      for (let i = 0; i < 18; i++) {
        const dark = ((bits >>> i) & 1) === 1;
        const a = s - 11 + (i % 3), b = Math.floor(i / 3);
        this.set(a, b, dark);
        this.set(b, a, dark);
      }
    }
  }

  format(mask) {
    const data = (FORMAT_M << 3) | mask;
    let r = data;
    for (let i = 0; i < 10; i++) r = (r << 1) ^ ((r >>> 9) * 0x537);
    const bits = ((data << 10) | r) ^ 0x5412;
    const bit = (i) => ((bits >>> i) & 1) === 1;
    const s = this.size;
    for (let i = 0; i <= 5; i++) this.set(8, i, bit(i));
    this.set(8, 7, bit(6));
    this.set(8, 8, bit(7));
    this.set(7, 8, bit(8));
    for (let i = 9; i < 15; i++) this.set(14 - i, 8, bit(i));
    for (let i = 0; i < 8; i++) this.set(s - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i++) this.set(8, s - 15 + i, bit(i));
    this.set(8, s - 8, true); // the dark module
  }

  place(cw) {
    const s = this.size;
    let i = 0;
    for (let right = s - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      for (let vert = 0; vert < s; vert++) {
        for (let j = 0; j < 2; j++) {
          const x = right - j;
          const y = ((right + 1) & 2) === 0 ? s - 1 - vert : vert;
          if (!this.fn[y][x] && i < cw.length * 8) {
            this.m[y][x] = ((cw[i >>> 3] >>> (7 - (i & 7))) & 1) === 1;
            i++;
          }
        }
      }
    }
  }

  mask(k) {
    const f = MASKS[k];
    for (let y = 0; y < this.size; y++) for (let x = 0; x < this.size; x++) if (!this.fn[y][x] && f(x, y)) this.m[y][x] = !this.m[y][x];
  }

  // penalty scores the symbol by the standard's four rules; the encoder
  // keeps the mask that scores lowest.
  penalty() {
    const s = this.size, m = this.m;
    let p = 0;
    const line = (get) => {
      // N1: runs of five or more of one colour.
      let run = 1;
      for (let i = 1; i <= s; i++) {
        if (i < s && get(i) === get(i - 1)) run++;
        else {
          if (run >= 5) p += run - 2;
          run = 1;
        }
      }
      // N3: 1:1:3:1:1 finder-like patterns with four light modules on a side.
      for (let i = 0; i + 7 <= s; i++) {
        if (get(i) && !get(i + 1) && get(i + 2) && get(i + 3) && get(i + 4) && !get(i + 5) && get(i + 6)) {
          const light = (a, b) => {
            for (let k = a; k < b; k++) if (k >= 0 && k < s && get(k)) return false;
            return true;
          };
          if (light(i - 4, i) || light(i + 7, i + 11)) p += 40;
        }
      }
    };
    for (let y = 0; y < s; y++) line((x) => m[y][x]);
    for (let x = 0; x < s; x++) line((y) => m[y][x]);
    // N2: 2×2 blocks of one colour.
    for (let y = 0; y + 1 < s; y++) {
      for (let x = 0; x + 1 < s; x++) {
        const c = m[y][x];
        if (c === m[y][x + 1] && c === m[y + 1][x] && c === m[y + 1][x + 1]) p += 3;
      }
    }
    // N4: how far the share of dark modules is from half, in 5% steps.
    let dark = 0;
    for (const row of m) for (const c of row) if (c) dark++;
    p += Math.floor(Math.abs(dark * 20 - s * s * 10) / (s * s)) * 10;
    return p;
  }
}

// encode returns the QR code of text (UTF-8, byte mode, level M) as rows of
// booleans, dark true, without the quiet zone. mask forces a mask pattern
// (0-7), for tests; otherwise the best one is chosen.
export function encode(text, mask = -1) {
  const bytes = [...new TextEncoder().encode(text)];
  let v = 1;
  while (v <= 10 && dataCodewords(v) * 8 < 4 + (v < 10 ? 8 : 16) + bytes.length * 8) v++;
  if (v > 10) throw new RangeError(`a QR code of version 10 holds 213 bytes; this text is ${bytes.length}`);
  const cw = codewords(bytes, v);
  let best = null, bestScore = Infinity;
  for (let k = 0; k < 8; k++) {
    if (mask >= 0 && k !== mask) continue;
    const q = new Matrix(v);
    q.functionPatterns();
    q.place(cw);
    q.mask(k);
    q.format(k);
    const score = mask >= 0 ? 0 : q.penalty();
    if (score < bestScore) {
      best = q;
      bestScore = score;
    }
  }
  return best.m;
}

// svg draws a QR code into an <svg> element, with the standard's quiet zone
// of four modules, as one path (a few hundred bytes of DOM).
export function draw(svgEl, text) {
  const m = encode(text);
  const n = m.length + 8;
  let d = '';
  m.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) d += `M${x + 4} ${y + 4}h1v1h-1z`;
  }));
  const ns = 'http://www.w3.org/2000/svg';
  svgEl.setAttribute('viewBox', `0 0 ${n} ${n}`);
  svgEl.setAttribute('shape-rendering', 'crispEdges');
  svgEl.textContent = '';
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', n);
  bg.setAttribute('height', n);
  bg.setAttribute('fill', '#fff');
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', d);
  p.setAttribute('fill', '#000');
  svgEl.append(bg, p);
}
