import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package folder: the data that ships with the engine (law/, data/, examples/, package.json) is found
 * from here, whether this file runs as TypeScript from src/ or compiled from dist/src/, in a clone or
 * installed under node_modules. It is the nearest folder above this file that holds package.json.
 */
function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('interdict: cannot find its package folder (no package.json above the program)');
    dir = up;
  }
}

export const PROJECT_ROOT = findPackageRoot();
