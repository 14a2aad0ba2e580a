import { EventEmitter } from 'node:events';
import { Client } from 'pg';
import { type ChangeNotice, EVENT_CHANNEL } from './event.rules';

/**
 * Every process LISTENs on hf_events: a change committed by any process (an edit, a reminder) reaches the open sheets
 * and bells of this one (subscriptions), and an outbox event wakes the dispatch job. One connection per process,
 * reconnected after a failure (what was missed meanwhile the 15 s polling of the sheets and the minute's dispatch
 * cron catch up with).
 */
export class EventListener extends EventEmitter<{ notice: [ChangeNotice] }> {
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(private readonly databaseUrl: string, private readonly log: (message: string) => void = console.error) {
    super();
    this.setMaxListeners(0);
  }

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'hf-callbacks-listen' });
    client.on('notification', (message) => {
      if (message.channel !== EVENT_CHANNEL || !message.payload) return;
      try {
        this.emit('notice', JSON.parse(message.payload) as ChangeNotice);
      } catch {
        // not ours
      }
    });
    client.on('error', (error) => {
      this.log(`event listener: ${error.message}`);
      this.reconnect();
    });
    client.on('end', () => this.reconnect());
    await client.connect();
    await client.query(`listen ${EVENT_CHANNEL}`);
    this.client = client;
  }

  private reconnect(): void {
    if (this.stopped || this.retry) return;
    this.client = null;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.start().catch((error) => {
        this.log(`event listener: ${(error as Error).message}`);
        this.reconnect();
      });
    }, 1000);
    this.retry.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
