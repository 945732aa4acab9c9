// What `interdict ais decode|scan|watch|events` call: the command's entry, loaded when it runs.
export { scanTracks } from './scan-tracks.ts';
export { AisDecoder } from '../ships/decode-stream.ts';
export { describeEvent, describeMessage } from '../ships/describe-event.ts';
export { forEachFileLine } from '../io/index.ts';
export { notUtf8Message } from '../io/utf8.ts';
export { InterdictError } from '../errors/index.ts';
export { listStoredEvents } from './ships/list-stored-events.ts';
export { watchFeed, parseHostPort } from './ships/watch-feed.ts';
