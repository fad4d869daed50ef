// "Your deals": the public functions, re-exported by src/server/index.ts under these names.
export { getPortfolio } from './get-portfolio';
export { archiveDeal, reopenDeal } from './archive';
export { writeMyDealsSheet } from './my-deals-sheet';
