import type { ReportFieldsFragment } from '../../api/generated/graphql';
import { formatDateTime } from '../../grid/cell-values';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

/** 审批流转: who drafted, submitted, reviewed (with the opinion), reported — and the last sending back with its reason. */
export function ReportTrail({ report }: { report: ReportFieldsFragment }) {
  const { t } = useI18n();
  const steps: { label: MessageKey; who?: string | null; at?: string | null; note?: string | null; testId: string }[] = [
    { label: 'trailDrafted', who: report.createdBy?.displayName, testId: 'trail-drafted' },
    { label: 'trailSubmitted', who: report.submittedBy?.displayName, at: report.submittedAt, testId: 'trail-submitted' },
    { label: 'trailReviewed', who: report.reviewedBy?.displayName, at: report.reviewedAt, note: report.reviewOpinion, testId: 'trail-reviewed' },
    { label: 'trailReported', who: report.reportedBy?.displayName, at: report.reportedAt, testId: 'trail-reported' },
    { label: 'trailReturned', who: report.returnedBy?.displayName, at: report.returnedAt, note: report.returnReason, testId: 'trail-returned' },
  ];
  return (
    <table className="hf-table hf-report-trail">
      <tbody>
        {steps.filter((s) => s.who || s.label !== 'trailReturned').map((s) => (
          <tr key={s.label} data-testid={s.testId}>
            <th>{t(s.label)}</th>
            <td>{s.who ? (s.at ? t('trailWho', { who: s.who, when: formatDateTime(s.at) }) : s.who) : '—'}</td>
            <td className="hf-report-note">{s.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
