import { Role } from '@hf/shared';
import { staffResultsScope } from '../../server/src/modules/staff-results/staff-results.rules';

// 考核: who sees which rows (seed 004: the supervisor and the quality department assess; a clerk sees their own row)
describe('staff results scope (考核)', () => {
  it('should give supervisors, project managers, auditors and admins every row', () => {
    for (const role of [Role.SUPERVISOR, Role.PROJECT_MANAGER, Role.AUDITOR, Role.ADMIN]) {
      expect(staffResultsScope({ role, userId: 7 })).toEqual({ kind: 'ALL' });
    }
  });

  it("should give a clerk and a department supervisor their own row only", () => {
    expect(staffResultsScope({ role: Role.CLERK, userId: 7 })).toEqual({ kind: 'OWN_ROW', userId: 7 });
    expect(staffResultsScope({ role: Role.DEPARTMENT_SUPERVISOR, userId: 9 })).toEqual({ kind: 'OWN_ROW', userId: 9 });
  });

  it('should let an API token with statistics:read read like the quality department', () => {
    expect(staffResultsScope({ token: true })).toEqual({ kind: 'ALL' });
  });
});
