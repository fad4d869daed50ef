import { planTitle } from './plan-title';
import { HEADER } from './test-plan';

describe('planTitle', () => {
  it('joins vendor and customer, or uses what is known', () => {
    expect(planTitle(HEADER, 'MAP')).toBe('Acme x Globex');
    expect(planTitle({ ...HEADER, vendor: ' ' }, 'MAP')).toBe('Globex');
    expect(planTitle(null, ' Plan ')).toBe('Plan');
  });
});
