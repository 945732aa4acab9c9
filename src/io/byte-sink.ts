/** Where output goes: a write that resolves once the bytes may be followed by more (back-pressure). */
export interface ByteSink {
  write(bytes: Buffer): Promise<void>;
  /**
   * Whether the sink still holds bytes from an earlier write (a write queued, not yet done). When it
   * answers false, the caller may fill the same buffer again; a sink that cannot tell leaves it out, and
   * then every write gets a fresh buffer.
   */
  holding?(): boolean;
}
