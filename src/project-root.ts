import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder: the data that ships with the engine (law/, data/, examples/) is found from here. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
