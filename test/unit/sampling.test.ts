import { isSelected, requiredCount } from '../../server/src/modules/callbacks/sampling';

function simulate(ratePercent: number, completed: number): number[] {
  const picked: number[] = [];
  for (let n = 1; n <= completed; n++) if (isSelected(ratePercent, n, picked.length)) picked.push(n);
  return picked;
}

describe('systematic sampling (回访率)', () => {
  it('should pick exactly 3 of 10 at 30%: the 1st, 4th and 7th', () => {
    expect(simulate(30, 10)).toEqual([1, 4, 7]);
  });

  it('should meet ceil(rate × completed) after every completion, for every rate', () => {
    for (const rate of [0, 10, 20, 30, 50, 100]) {
      for (let n = 1; n <= 200; n++) expect(simulate(rate, n)).toHaveLength(requiredCount(rate, n));
    }
  });

  it('should use exact integer arithmetic (30% of 10 is 3, not 4)', () => {
    expect(requiredCount(30, 10)).toBe(3);
    expect(requiredCount(10, 1)).toBe(1);
    expect(requiredCount(100, 7)).toBe(7);
  });
});
