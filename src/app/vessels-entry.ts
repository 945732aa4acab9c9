// What `interdict vessels import` calls: the command's entry, loaded when it runs.
export { importVessels } from './vessel-list.ts';
