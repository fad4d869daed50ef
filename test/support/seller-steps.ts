// The steps a seller works on, as a test works them out from a plan's cells (never from the
// add-on's code): their own side, both sides, and the customer-side steps the templates name as
// the SE's work too (POC set-up, technical close, security review, acceptance testing).

export const SE_CUSTOMER_STEPS: ReadonlySet<string> = new Set([
  'POC set-up: environment and data access',
  'Technical close: technical win confirmed',
  'Technical close',
  'Security review',
  'Security review: questionnaire and documentation',
  'User acceptance testing',
]);

export function isSellerWork(side: string, step: string): boolean {
  return side === 'Vendor' || side === 'Joint' || SE_CUSTOMER_STEPS.has(step);
}
