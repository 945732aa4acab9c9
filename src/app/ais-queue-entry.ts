// The entry of `interdict ais enqueue` and `ais worker`, loaded only by those commands (the job queue's
// library is not loaded for a scan).
export { enqueueWindows } from './ships/enqueue-windows.ts';
export { runWorkers } from './ships/run-workers.ts';
