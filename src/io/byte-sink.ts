/** Where output goes: a write that resolves once the bytes may be followed by more (back-pressure). */
export interface ByteSink {
  write(bytes: Buffer): Promise<void>;
}
