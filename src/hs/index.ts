export { parseHs, hsNoGoods, hsNational, hsLevel, formatHs, hsCovers, type HsDigits } from './hs-code.ts';
export { HsPrefixIndex } from './hs-prefix-index.ts';
