import {
  CALLBACK_STATUS_LABELS, label, METHOD_LABELS, PURPOSE_LABELS, QuarterlyReportStatus, Satisfaction, SATISFACTION_LABELS, STATISTICS_KIND_COLUMNS,
  STATISTICS_KIND_HEADER, STATISTICS_TOTAL_LABEL, TARGET_MET_LABELS, TICKET_KIND_LABELS, TicketKind, toLocalDate, WORKBOOK_SHEETS,
} from '@hf/shared';
import type ExcelJS from 'exceljs';
import { sealLines } from '../archives/archive-seal';
import type { WorkbookLateRecording, WorkbookSeal } from './quarterly-workbook';
import type { QuarterlyFigures } from '../statistics/statistics.service';
import type { RepeatedComplaint, RepeatedRepair, UnqualifiedCallback } from '../statistics/statistics.types';
import { bodyFont } from './print-sheet';
import type { AppendixBlock, ColumnSpec, SheetExtras } from './print-sheet';
import { lineHeight, printableArea, rowHeight, wrappedLineCount } from './print-layout';
import { excelDate, excelDateTime } from './sheet-layout';
import type { MethodCount, OwnerAnswerStatistics } from '../owner-links/owner-answer.statistics';

/**
 * The quarter's figures as 统计汇总 prints them, from the statistics service (computeQuarterlyFigures: the statistics
 * statement less its lists); 不合格回访, 重复投诉 and 重复维修 are streamed from its lists (unqualifiedCallbackBatches, …).
 * The sheets only lay them out.
 */
export type { QuarterlyFigures };

export const SUMMARY_SHEET = WORKBOOK_SHEETS.summary['zh-CN'];
export const UNQUALIFIED_SHEET = WORKBOOK_SHEETS.unqualified['zh-CN'];
export const REPEATED_COMPLAINTS_SHEET = WORKBOOK_SHEETS.repeatedComplaints['zh-CN'];
export const REPEATED_REPAIRS_SHEET = WORKBOOK_SHEETS.repeatedRepairs['zh-CN'];

type KindRow = QuarterlyFigures['kinds'][number];
type UnqualifiedRow = UnqualifiedCallback;
type RepeatedComplaintRow = RepeatedComplaint;
type RepeatedRepairRow = RepeatedRepair;

/** A rate in percent (12.5) as an Excel percentage (0.125, shown 12.5%). */
const percent = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : value / 100);
const yesNo = (value: boolean) => (value ? TARGET_MET_LABELS.met : TARGET_MET_LABELS.missed)['zh-CN'];
/** sizes every figure column of 统计汇总 alike (12 half-width characters) */
const FIGURE = '100.0% 100.0';

/**
 * 统计汇总: per ticket kind, the callbacks required by the policy, done, and the achieved rate against the target — the
 * columns of STATISTICS_KIND_COLUMNS (shared), which the 季度统计 screen shows too.
 */
export function summaryColumns(): ColumnSpec<KindRow>[] {
  return [
    { header: STATISTICS_KIND_HEADER['zh-CN'], typical: '报刊杂志/文体活动', value: (r) => (r.kind ? label(TICKET_KIND_LABELS, r.kind as TicketKind) : STATISTICS_TOTAL_LABEL['zh-CN']) },
    // the figure columns are equally wide (the typical value sizes them): the chart below draws one bar in each
    ...STATISTICS_KIND_COLUMNS.map((column): ColumnSpec<KindRow> => {
      const header = column.label['zh-CN'];
      if (column.format === 'percent') return { header, typical: FIGURE, kind: 'percent', value: (r) => percent(r[column.key] as number | null) };
      if (column.format === 'met') return { header, typical: FIGURE, value: (r) => yesNo(r.targetMet) };
      return { header, typical: FIGURE, kind: 'integer', value: (r) => r[column.key] as number };
    }),
  ];
}

export function summaryRows(figures: QuarterlyFigures): KindRow[] {
  return [...figures.kinds, figures.totals];
}

/** Under the table: the satisfaction distribution and rate, and the supervisor's spot checks (seed 004). */
export function summaryAppendix(
  figures: QuarterlyFigures,
  channels?: { methods: readonly MethodCount[]; answers: OwnerAnswerStatistics },
): AppendixBlock[] {
  const { satisfaction, spotCheck } = figures;
  const share = (count: number) => (satisfaction.rated ? count / satisfaction.rated : null);
  return [
    {
      title: '满意程度分布',
      header: ['满意程度', '数量', '占比'],
      formats: [undefined, '0', '0.0%'],
      rows: [
        ...satisfaction.distribution.map((d) => [label(SATISFACTION_LABELS, d.level as Satisfaction), d.count, share(d.count)]),
        ['已评价合计', satisfaction.rated, null],
        ['满意率（非常满意+满意）', null, percent(satisfaction.satisfiedRatePercent)],
      ],
    },
    {
      title: '维修记录抽查（主管抽查）',
      header: ['抽查比例', '维修记录数', '应抽查', '已安排', '已完成', '未完成'],
      formats: ['0.0%', '0', '0', '0', '0', '0'],
      rows: [[percent(spotCheck.ratePercent), spotCheck.repairRecords, spotCheck.required, spotCheck.planned, spotCheck.done, spotCheck.remaining]],
    },
    ...(channels ? [{
      // 电话 / 面谈 / 现场查看 / 线上, and how many phone results the owners confirmed or disputed through a link
      title: '回访方式与业主确认',
      header: [...channels.methods.map((m) => label(METHOD_LABELS, m.method)), '业主已确认', '业主有异议', '未经业主确认'],
      formats: [...channels.methods.map(() => '0'), '0', '0', '0'],
      rows: [[...channels.methods.map((m) => m.count), channels.answers.confirmed, channels.answers.disputed, channels.answers.unconfirmed]],
    }] : []),
  ];
}


/** 不合格回访: every unqualified callback of the period, with the escalation and the manager's handling. */
export function unqualifiedColumns(): ColumnSpec<UnqualifiedRow>[] {
  const record = '一、回访记录';
  const handling = '二、意见与处理';
  return [
    { header: '编码', typical: 'HF-A01-2026-000001', value: (r) => r.serialCode },
    { header: '业主', typical: '欧阳秀英', value: (r) => r.ownerName },
    { group: record, header: '状态', typical: '已上报', value: (r) => label(CALLBACK_STATUS_LABELS, r.status) },
    { group: record, header: '回访类型', value: (r) => label(PURPOSE_LABELS, r.purpose) },
    { group: record, header: '工单编号', typical: 'A01-20260214-001', value: (r) => r.ticketNumber },
    { group: record, header: '类别', value: (r) => label(TICKET_KIND_LABELS, r.kind) },
    { group: record, header: '房号', typical: '12-3-1502', value: (r) => r.unit },
    { group: record, header: '联系电话', typical: '13812345678', value: (r) => r.phone },
    { group: record, header: '内容摘要', typical: '厨房水管接口漏水，需更换', kind: 'wrap', value: (r) => r.summary },
    { group: record, header: '回访时间', kind: 'datetime', typical: '2026-07-01 10:00', value: (r) => excelDateTime(r.performedAt) },
    { group: record, header: '回访人', kind: 'wrap', value: (r) => r.visitors },
    { group: record, header: '满意程度', typical: '非常不满意', value: (r) => (r.satisfaction ? label(SATISFACTION_LABELS, r.satisfaction) : '') },
    { group: handling, header: '缺点与不足', typical: '上门不及时', kind: 'wrap', value: (r) => r.shortcomings },
    { group: handling, header: '住户建议', typical: '希望提前电话预约', kind: 'wrap', value: (r) => r.suggestions },
    { group: handling, header: '审核意见', typical: '回访记录完整', kind: 'wrap', value: (r) => r.reviewOpinion },
    { group: handling, header: '上报项目经理', value: (r) => r.escalatedTo },
    { group: handling, header: '处理意见', typical: '责成工程部重新维修', kind: 'wrap', value: (r) => r.handlingOpinion },
    { group: handling, header: '跟进情况', typical: '已重新维修，业主满意', kind: 'wrap', value: (r) => r.followUp },
  ];
}

/** 重复投诉: the same unit complaining about the same matter two or more times (连续就同一事项投诉两次以上). */
export function repeatedComplaintColumns(): ColumnSpec<RepeatedComplaintRow>[] {
  return [
    { header: '房号', typical: '12-3-1502', value: (r) => r.unit },
    { header: '投诉事项', typical: '秩序维护部', value: (r) => r.matter },
    { header: '投诉次数', kind: 'integer', value: (r) => r.count },
    { header: '投诉人', typical: '欧阳秀英', value: (r) => r.ownerNames.join('、') },
    { header: '投诉编号', typical: 'A01-20260214-001、A01-20260301-002', kind: 'wrap', value: (r) => r.ticketNumbers.join('、') },
    { header: '首次投诉', kind: 'date', typical: '2026-07-01', value: (r) => excelDate(r.firstReceivedOn) },
    { header: '最近投诉', kind: 'date', typical: '2026-07-01', value: (r) => excelDate(r.lastReceivedOn) },
  ];
}

/** 重复维修: the same unit with the same repair category three or more times (同一种维修三次以上). */
export function repeatedRepairColumns(): ColumnSpec<RepeatedRepairRow>[] {
  return [
    { header: '房号', typical: '12-3-1502', value: (r) => r.unit },
    { header: '维修类别', typical: '下水道堵塞', value: (r) => r.category },
    { header: '维修次数', kind: 'integer', value: (r) => r.count },
    { header: '业主', typical: '欧阳秀英', value: (r) => r.ownerNames.join('、') },
    { header: '工单编号', typical: 'A01-20260214-001、A01-20260301-002', kind: 'wrap', value: (r) => r.ticketNumbers.join('、') },
    { header: '首次报修', kind: 'date', typical: '2026-07-01', value: (r) => excelDate(r.firstReceivedOn) },
    { header: '最近报修', kind: 'date', typical: '2026-07-01', value: (r) => excelDate(r.lastReceivedOn) },
  ];
}


/** The quarterly report's text as the workbook prints it (季度统计分析报告, when one exists for the period). */
export interface ReportText {
  status: QuarterlyReportStatus;
  analysis: string | null;
  improvementMeasures: string | null;
  /** 编制, 审核, 上报: who and when, as far as the report has gone */
  steps: { step: string; by: string | null; at: Date | null }[];
}

const REPORT_STATUS_TEXT: Record<QuarterlyReportStatus, string> = {
  [QuarterlyReportStatus.DRAFT]: '草稿',
  [QuarterlyReportStatus.SUBMITTED]: '已提交',
  [QuarterlyReportStatus.REVIEWED]: '已审核',
  [QuarterlyReportStatus.REPORTED]: '已上报',
};

/** Bars of the chart are drawn with cells: 40 rows of 3 pt, 2.5 % each. */
export const CHART_STEPS = 40;
const CHART_ROW_PT = 3;
const BAR_MET = 'FF4472C4';
const BAR_NOT_MET = 'FFC0504D';
const WHITE_EDGE = { style: 'medium' as const, color: { argb: 'FFFFFFFF' } };
const TARGET_LINE = { style: 'thick' as const, color: { argb: 'FF000000' } };
const GRID_LINE = { style: 'hair' as const, color: { argb: 'FFBBBBBB' } };

/** How many of the chart's steps a rate fills (0–100 %, above 100 % the bar is full). */
export function barSteps(ratePercent: number | null): number {
  if (ratePercent === null || ratePercent === undefined || !Number.isFinite(ratePercent)) return 0;
  return Math.max(0, Math.min(CHART_STEPS, Math.round((ratePercent / 100) * CHART_STEPS)));
}

/**
 * Keeps blocks whole on paper: rows are added with the height they will print at, and a block that would not fit
 * what is left of the page starts a new one (a manual row break), so no chart and no paragraph is cut in two.
 */
class PageFiller {
  private used: number;
  private lastRow: ExcelJS.Row | null = null;
  constructor(private readonly pageHeight: number, private readonly titleHeight: number, alreadyUsed: number) {
    // where the rows written so far end on their last page (pages hold whole rows: an estimate, on the safe side)
    this.used = titleHeight + ((alreadyUsed - titleHeight) % (pageHeight - titleHeight));
  }
  /** a block of this height is about to be added */
  keepTogether(height: number): void {
    if (this.used + height > this.pageHeight && this.lastRow && this.used > this.titleHeight) {
      this.lastRow.addPageBreak();
      this.used = this.titleHeight;
    }
  }
  add(row: ExcelJS.Row, height: number): void {
    row.height = height;
    this.used += height;
    this.lastRow = row;
  }
  commit(): void {
    this.lastRow?.commit();
  }
  /** rows are committed one behind, so a page break can still be put on the last one */
  push(row: ExcelJS.Row, height: number): void {
    this.lastRow?.commit();
    this.add(row, height);
  }
}

/** Splits a paragraph into pieces of at most `maxLines` wrapped lines (a row never grows taller than a page). */
export function splitParagraph(text: string, width: number, maxLines: number): string[] {
  const pieces: string[] = [];
  let rest = [...text];
  while (rest.length) {
    let low = 1;
    let high = rest.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (wrappedLineCount(rest.slice(0, middle).join(''), width) <= maxLines) low = middle;
      else high = middle - 1;
    }
    pieces.push(rest.slice(0, low).join(''));
    rest = rest.slice(low);
  }
  return pieces;
}

/**
 * Under the tables of 统计汇总: the chart of achieved against target rate per ticket kind, then the report's
 * 统计分析 and 改进措施 and who compiled, reviewed and reported it — so the printed quarter reads like the paper report.
 *
 * The chart is drawn with cells, not an image: ExcelJS's streaming writer (which keeps the export's memory flat)
 * cannot place pictures, and data-bar formatting draws its bars from 10 % and fades them out on paper. Each kind
 * is a column bar filled up to its achieved rate in steps of 2.5 %, blue where the target is met and red where
 * not, with a thick black line at its target; the rates are printed under it. It prints the same in Excel, WPS and
 * LibreOffice, in colour or black and white.
 */
export function statisticsExtras(
  figures: QuarterlyFigures,
  report: ReportText | null,
  seal: WorkbookSeal | null = null,
  lateRecordings: readonly WorkbookLateRecording[] = [],
): SheetExtras {
  return (sheet, { widths, scale, titleHeight, bodyHeight }) => {
    const columns = widths.length;
    const totalWidth = widths.reduce((sum, width) => sum + width, 0);
    const area = printableArea(scale);
    // rows 1 and 2 are repeated on every page; a little room is left for the renderers' rounding
    const filler = new PageFiller(area.height - 6, titleHeight, titleHeight + bodyHeight);
    const blank = () => filler.push(sheet.addRow([]), lineHeight());
    const heading = (text: string) => {
      const row = sheet.addRow([text]);
      row.getCell(1).font = bodyFont({ bold: true });
      filler.push(row, rowHeight([]));
    };

    // the chart
    const bars = [...figures.kinds, figures.totals].slice(0, columns - 1);
    const chartHeight = lineHeight() * 2 + 6 + CHART_STEPS * CHART_ROW_PT + rowHeight([{ text: '报刊杂志/文体活动', width: widths[1], wraps: true }]) + 2 * rowHeight([]);
    blank();
    filler.keepTogether(chartHeight);
    heading('回访率：实际与目标（柱：实际回访率，蓝色达标、红色未达标；黑线：目标回访率）');
    // a little room between the title and the 100 % line
    filler.push(sheet.addRow([]), 6);
    const bands: number[] = [];
    for (let step = CHART_STEPS; step >= 1; step--) {
      const row = sheet.addRow([]);
      if (step % 10 === 0) {
        // the axis label spans its quarter of the chart (a 3 pt row cannot hold 9 pt text)
        const axis = row.getCell(1);
        axis.value = `${(step / CHART_STEPS) * 100}%`;
        axis.font = bodyFont({ color: { argb: 'FF555555' } });
        axis.alignment = { horizontal: 'right', vertical: 'top' };
      }
      bars.forEach((kind, index) => {
        const cell = row.getCell(index + 2);
        const filled = barSteps(kind.achievedRatePercent) >= step;
        const border: Partial<ExcelJS.Borders> = {};
        if (step % 10 === 0) border.top = GRID_LINE;
        if (kind.targetRatePercent !== null && barSteps(kind.targetRatePercent) === step) border.top = TARGET_LINE;
        if (filled) {
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: kind.targetMet ? BAR_MET : BAR_NOT_MET } };
          border.left = WHITE_EDGE;
          border.right = WHITE_EDGE;
        }
        cell.border = border;
      });
      if (step % 10 === 0) bands.push(row.number);
      // the chart's rows stay uncommitted until its axis labels are merged over them
      filler.add(row, CHART_ROW_PT);
    }
    for (const first of bands) sheet.mergeCells(first, 1, first + 9, 1);
    const axisRow = sheet.addRow(['0%', ...bars.map((kind) => (kind.kind ? label(TICKET_KIND_LABELS, kind.kind as TicketKind) : '合计'))]);
    axisRow.eachCell((cell, index) => {
      cell.font = bodyFont(index === 1 ? { color: { argb: 'FF555555' } } : { bold: true });
      cell.alignment = { horizontal: index === 1 ? 'right' : 'center', vertical: 'top', wrapText: true };
      cell.border = { top: { style: 'thin', color: { argb: 'FF000000' } } };
    });
    filler.push(axisRow, rowHeight(bars.map((kind, index) => ({ text: kind.kind ? label(TICKET_KIND_LABELS, kind.kind as TicketKind) : '合计', width: widths[index + 1], wraps: true }))));
    const rates = (title: string, pick: (kind: KindRow) => number | null) => {
      const row = sheet.addRow([title, ...bars.map((kind) => percent(pick(kind)))]);
      row.eachCell((cell, index) => {
        cell.font = bodyFont(index === 1 ? { bold: true } : {});
        cell.numFmt = '0.0%';
        cell.alignment = { horizontal: index === 1 ? 'right' : 'center' };
      });
      filler.push(row, rowHeight([]));
    };
    rates('实际', (kind) => kind.achievedRatePercent);
    rates('目标', (kind) => kind.targetRatePercent);

    // the written analysis and measures, one row per paragraph, merged across the sheet
    const maxLines = Math.floor((area.height - titleHeight - 40) / lineHeight());
    const paragraphs = (title: string, text: string | null) => {
      blank();
      const pieces = (text ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean).flatMap((line) => splitParagraph(line, totalWidth, maxLines));
      filler.keepTogether(rowHeight([]) + (pieces.length ? rowHeight([{ text: pieces[0], width: totalWidth, wraps: true }]) : lineHeight()));
      heading(title);
      for (const piece of pieces.length ? pieces : ['（未填写）']) {
        const row = sheet.addRow([piece]);
        const cell = row.getCell(1);
        cell.font = bodyFont();
        cell.alignment = { wrapText: true, vertical: 'top' };
        const height = rowHeight([{ text: piece, width: totalWidth, wraps: true }]);
        filler.keepTogether(height);
        sheet.mergeCells(row.number, 1, row.number, columns);
        filler.push(row, height);
      }
    };
    if (!report) {
      blank();
      heading('统计分析与改进措施');
      const row = sheet.addRow(['本期尚无季度统计分析报告 (no quarterly report for this period yet)']);
      row.getCell(1).font = bodyFont({ italic: true });
      filler.push(row, rowHeight([]));
    } else {
      paragraphs(`统计分析（报告状态：${REPORT_STATUS_TEXT[report.status]}）`, report.analysis);
      paragraphs('改进措施', report.improvementMeasures);
      const signature = report.steps
        .map((step) => `${step.step}：${step.by ?? '　　　　'}${step.at ? ` ${toLocalDate(step.at)}` : ''}`)
        .join('　　');
      blank();
      const row = sheet.addRow([signature]);
      row.getCell(1).font = bodyFont();
      sheet.mergeCells(row.number, 1, row.number, columns);
      filler.push(row, rowHeight([{ text: signature, width: totalWidth, wraps: true }]));
    }
    const localTime = (at: Date) => excelDateTime(at)!.toISOString().slice(0, 16).replace('T', ' ');
    if (lateRecordings.length || (seal?.late?.carriedOver ?? 0) > 0) {
      // 补录: the addendum of the frozen report — carried-over callbacks recorded after the archive, who and when
      blank();
      heading(`补录 ${lateRecordings.length}（存档后记录的跨期回访，计入本期统计）`);
      for (const late of lateRecordings) {
        const line = `${late.serialCode}　${late.recordedBy ?? '—'}　${localTime(late.recordedAt)}`;
        const row = sheet.addRow([line]);
        row.getCell(1).font = bodyFont();
        sheet.mergeCells(row.number, 1, row.number, columns);
        filler.push(row, rowHeight([{ text: line, width: totalWidth, wraps: true }]));
      }
    }
    if (seal) {
      blank();
      heading('存档封存（不允许撕毁）');
      for (const line of sealLines(seal.figures, localTime(seal.archivedAt), seal.archivedBy, seal.late ?? null)) {
        const row = sheet.addRow([line]);
        row.getCell(1).font = bodyFont();
        sheet.mergeCells(row.number, 1, row.number, columns);
        filler.push(row, rowHeight([{ text: line, width: totalWidth, wraps: true }]));
      }
    }
    filler.commit();
  };
}
