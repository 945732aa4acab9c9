/**
 * A worker thread's whole job: parse a UN list and build its name index, off the server's event loop
 * (a large list is seconds of work that would otherwise stall every request). The answer is the parsed
 * list and the index as bytes (structured clone) with each record's fingerprint, or the coded error the
 * parser threw. Asked for the list only (an earlier stored list, read for its records), the list alone.
 */
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { isInterdictError } from '../../errors/index.ts';
import { buildIndex, indexToBytes } from '../../screening/index.ts';
import { parseUnList } from '../../screening/un-list/index.ts';
import { fingerprintsOf } from './list-fingerprints.ts';

const { xml, source, listOnly } = workerData as { xml: Uint8Array; source: string; listOnly?: boolean };
try {
  const list = parseUnList(Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength), source);
  const listBytes = v8.serialize(list);
  // An earlier list read for its records alone (formerly-listed.ts): no index, no fingerprints.
  if (listOnly === true) {
    parentPort!.postMessage({ list: listBytes }, [listBytes.buffer] as ArrayBuffer[]);
  } else {
    const indexBytes = indexToBytes(buildIndex(list));
    parentPort!.postMessage({ list: listBytes, index: indexBytes, fingerprints: fingerprintsOf(list) }, [listBytes.buffer, indexBytes.buffer] as ArrayBuffer[]);
  }
} catch (e) {
  const coded = isInterdictError(e) ? { code: e.code, message: e.message, location: e.location } : undefined;
  parentPort!.postMessage({ error: coded ?? { message: e instanceof Error ? e.message : String(e) } });
}
