/**
 * AIS payloads are "6-bit armoured": each character carries six bits of the message. This reader
 * unpacks a payload once into bytes of 0/1 and reads unsigned, signed and 6-bit text fields by bit
 * offset (ITU-R M.1371). Bits past the end read as zero, which is what decoders do with short messages.
 */
export class AisBits {
  readonly length: number;
  private readonly bits: Uint8Array;

  constructor(payload: string, fillBits = 0) {
    const n = payload.length * 6;
    const bits = new Uint8Array(n);
    for (let i = 0; i < payload.length; i++) {
      let v = payload.charCodeAt(i) - 48;
      if (v > 40) v -= 8;
      for (let b = 0; b < 6; b++) bits[i * 6 + b] = (v >> (5 - b)) & 1;
    }
    this.bits = bits;
    this.length = Math.max(0, n - fillBits);
  }

  /** A valid armour character is '0'..'W' or '`'..'w'. */
  static isArmoured(payload: string): boolean {
    return /^[0-W`-w]*$/.test(payload);
  }

  uint(start: number, len: number): number {
    let v = 0;
    for (let i = start; i < start + len; i++) v = v * 2 + (i < this.length ? this.bits[i]! : 0);
    return v;
  }

  int(start: number, len: number): number {
    const v = this.uint(start, len);
    return v >= 2 ** (len - 1) ? v - 2 ** len : v;
  }

  /** 6-bit ASCII; '@' (0) ends the text, trailing spaces are dropped (`trim`) as every decoder does. */
  text(start: number, chars: number, trim = true): string {
    let s = '';
    for (let c = 0; c < chars; c++) {
      const v = this.uint(start + c * 6, 6);
      s += String.fromCharCode(v < 32 ? v + 64 : v);
    }
    const at = s.indexOf('@');
    const cut = at >= 0 ? s.slice(0, at) : s;
    return trim ? cut.trimEnd() : cut;
  }
}
