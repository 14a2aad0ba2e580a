import { useI18n } from '../i18n/i18n';

/** A sheet whose server part has not landed yet: says so instead of pretending. */
export function UnavailableSheet({ field }: { field: string }) {
  const { t } = useI18n();
  return <div className="hf-placeholder" data-testid="unavailable">{t('notAvailable', { field })}</div>;
}
