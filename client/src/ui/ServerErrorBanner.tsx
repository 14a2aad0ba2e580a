import { useI18n } from '../i18n/i18n';
import type { ServerMessage } from '../i18n/server-messages';

/** A query the server refused, in the chosen language. */
export function ServerErrorBanner({ error }: { error: ServerMessage }) {
  const { serverMessage } = useI18n();
  return <div className="hf-error-banner" role="alert">{serverMessage(error)}</div>;
}
