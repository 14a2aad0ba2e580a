/**
 * The job queue of this process, for the few places outside a job that must queue one (re-sending a delivery,
 * an export asked for in a request). Set by startJobQueue; every process has one (a sender at least), so nothing
 * waits for a worker elsewhere to notice.
 */
export interface JobSender {
  queueDeliveries(ids: number[]): Promise<void>;
  queueExports(jobIds: number[]): Promise<void>;
}

let sender: JobSender | null = null;

export function useJobSender(value: JobSender | null): void {
  sender = value;
}

/** Queues the deliveries; with no queue in this process (a test without one) the dispatch sweep picks them up. */
export async function queueDeliveries(ids: number[]): Promise<void> {
  if (sender && ids.length) await sender.queueDeliveries(ids);
}

/** Queues export jobs; with no queue in this process the export sweep of a worker picks them up. */
export async function queueExports(jobIds: number[]): Promise<void> {
  if (sender && jobIds.length) await sender.queueExports(jobIds);
}
