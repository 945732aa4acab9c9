// What `interdict ais` and `interdict vessels` call, loaded when those commands run.
export { scanTracks } from './scan-tracks.ts';
export { importVessels } from './vessel-list.ts';
export { AisDecoder } from '../ships/decode-stream.ts';
export { describeEvent, describeMessage } from '../ships/describe-event.ts';
export { forEachFileLine } from '../io/index.ts';
export { InterdictError } from '../errors/index.ts';
export { listStoredEvents } from './ships/list-stored-events.ts';
export { watchFeed, parseHostPort } from './ships/watch-feed.ts';
