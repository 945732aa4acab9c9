import path from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';

/** The bundled examples (what `interdict demo` runs on), found from the package folder. */
export function examplesDir(): string {
  return path.join(PROJECT_ROOT, 'examples');
}
