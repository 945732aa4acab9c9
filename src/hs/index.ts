export { parseHs, hsLevel, formatHs, hsCovers, type HsDigits } from './hs-code.ts';
export { HsPrefixIndex } from './hs-prefix-index.ts';
