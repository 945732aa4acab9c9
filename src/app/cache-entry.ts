// What the CLI's entry sets up before any command: where warnings about the disk caches go (io/cache-mac.ts).
export { onCacheWarning } from '../io/cache-mac.ts';
