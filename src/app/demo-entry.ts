// What `interdict demo` needs of the app layer: where the shipped examples are.
export { examplesDir } from './examples.ts';
