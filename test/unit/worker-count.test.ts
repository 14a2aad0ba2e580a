import { workerCount } from '../../server/src/config';

describe('WORKERS (the HTTP processes sharing the port)', () => {
  it('should be one process when unset or blank', () => {
    expect(workerCount(undefined, 8)).toBe(1);
    expect(workerCount('  ', 8)).toBe(1);
  });

  it('should take a whole number from 1 to 64, and auto as one per core', () => {
    expect(workerCount('2', 8)).toBe(2);
    expect(workerCount('64', 8)).toBe(64);
    expect(workerCount('auto', 8)).toBe(8);
    expect(workerCount(' AUTO ', 2)).toBe(2);
  });

  it('should refuse anything else with the setting named', () => {
    for (const bad of ['0', '65', '1.5', 'two', '-1']) expect(() => workerCount(bad, 8)).toThrow(`WORKERS must be a whole number from 1 to 64 or "auto", got "${bad}"`);
  });
});
