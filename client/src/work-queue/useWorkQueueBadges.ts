import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { onSaved } from '../api/saved-changes';
import { badgesBySheet } from './navigation';
import { WorkQueueCountsQuery } from './queries';

/**
 * The navigation badges of the signed-in person for a project (one request, one statement on the server), refreshed
 * as often as the sheets' rows (`?poll=N`, 0 = off), whenever `refreshKey` changes (another sheet chosen), and shortly
 * after anything is saved (one request for a burst of saves).
 */
export function useWorkQueueBadges(projectId: string | null, pollSeconds: number, refreshKey: string): Record<string, number> {
  const { data, refetch } = useQuery(WorkQueueCountsQuery, {
    variables: { projectId },
    skip: !projectId,
    pollInterval: pollSeconds * 1000,
    fetchPolicy: 'cache-and-network',
  });
  useEffect(() => {
    if (projectId && data) void refetch();
    // only a new key asks again; the first answer comes from the query itself
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refreshKey]);
  useEffect(() => {
    if (!projectId) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onSaved(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void refetch(), 300);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [projectId, refetch]);
  return useMemo(() => badgesBySheet(data?.workQueueCounts.queues ?? []), [data]);
}
