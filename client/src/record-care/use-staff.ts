import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { rowIdOf } from '../history/history-values';
import { ProjectStaffQuery } from './queries';

/** The project's staff, and row id → name for a history whose values are people (assignee, coAssignee …). */
export function useProjectStaff(projectId: string, skip = false) {
  const { data } = useQuery(ProjectStaffQuery, { variables: { projectId }, skip });
  const staff = useMemo(() => data?.staff ?? [], [data]);
  const people = useMemo(() => new Map(staff.flatMap((s) => {
    const id = rowIdOf(s.id);
    return id === null ? [] : [[id, s.displayName] as const];
  })), [staff]);
  return { staff, people };
}
