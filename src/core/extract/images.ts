// The media pre-passes now live in ./media (one module per concern, overview in media/index.ts); this file
// keeps the old import path working for src/core/extract/index.ts and the unit tests.
export { keepFigures, largestCandidate, parseSrcset, protectBlocks, resolveMedia } from './media';
