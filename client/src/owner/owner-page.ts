import { DISSATISFIED_LEVELS, OwnerLinkPurpose, OwnerVerdict, Satisfaction, SATISFACTION_LABELS } from '@hf/shared';
import './owner-page.css';

/**
 * 业主线上回访: the owner's page at /s/<token>, on a phone. Its own entry point (no React, no back-office bundle): it
 * reads what to show from /api/owner/links/<token> and posts the answer there. Every text from the server goes in as
 * text (textContent), never as HTML.
 */

interface OwnerPageView {
  purpose: OwnerLinkPurpose;
  projectName: string;
  kind: string;
  summary: string;
  date: string;
  unit: string;
  expiresAt: string;
  evaluationChoices: string[];
  commonShortcomings: string[];
  recorded: {
    performedAt: string | null;
    satisfaction: Satisfaction | null;
    satisfactionScore: number | null;
    qualityEvaluation: string | null;
    serviceEvaluation: string | null;
    shortcomings: string | null;
    suggestions: string | null;
  } | null;
}

interface ApiRefusal {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

const root = document.getElementById('owner-page')!;
const token = decodeURIComponent(location.pathname.split('/').pop() ?? '');
const api = `/api/owner/links/${encodeURIComponent(token)}`;

type Attrs = Record<string, string | boolean | undefined>;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, value);
  }
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

/** the part of an API message in Chinese ("中文 (English)") */
const chinese = (message: string) => message.replace(/\s*\([^()]*\)$/, '');

function show(...children: Node[]): void {
  root.replaceChildren(...children);
  window.scrollTo(0, 0);
}

function notice(title: string, text: string, tone: 'ok' | 'stop' = 'stop'): void {
  show(el('section', { class: `notice ${tone}`, role: 'status' }, el('div', { class: 'notice-mark', 'aria-hidden': 'true' }, tone === 'ok' ? '✓' : '!'), el('h1', {}, title), el('p', {}, text)));
}

/** One page for unknown, used, revoked and expired links: the owner cannot tell which (and neither can anyone else). */
function unavailable(): void {
  notice('链接已失效', '此链接已使用、已过期或不存在。如需帮助，请联系物业客户服务中心。');
}

function refusalPage(status: number, body: ApiRefusal | null): boolean {
  if (status === 404) unavailable();
  else if (status === 409) notice('已存档', '该期间的回访记录已存档，不能再提交。感谢您的关注。');
  else if (status === 429) notice('请稍后再试', '操作过于频繁，请稍后再打开此链接。');
  else if (status !== 422) notice('暂时无法打开', body?.error?.message ? chinese(body.error.message) : '请稍后再试。');
  else return false;
  return true;
}

function header(view: OwnerPageView): HTMLElement {
  const title = view.purpose === OwnerLinkPurpose.SURVEY ? '服务评价' : '回访记录确认';
  return el(
    'header', { class: 'head' },
    el('p', { class: 'project' }, view.projectName),
    el('h1', {}, title),
    el('dl', { class: 'ticket' },
      el('dt', {}, '服务事项'), el('dd', {}, `${view.kind}：${view.summary}`),
      el('dt', {}, '日期'), el('dd', {}, view.date),
      el('dt', {}, '房号'), el('dd', {}, view.unit)),
  );
}

function choiceGroup(name: string, legend: string, choices: { value: string; label: string }[], options: { required?: boolean; kind?: 'radio' | 'checkbox'; wide?: boolean } = {}): HTMLFieldSetElement {
  const kind = options.kind ?? 'radio';
  return el(
    'fieldset', { class: `choices${options.wide ? ' wide' : ''}`, 'data-field': name },
    el('legend', {}, legend, options.required ? el('span', { class: 'req' }, '（必填）') : null),
    el('div', { class: 'options' }, ...choices.map((c) => el('label', { class: 'chip' }, el('input', { type: kind, name, value: c.value }), el('span', {}, c.label)))),
    el('p', { class: 'field-error', role: 'alert' }),
  );
}

function textArea(name: string, label: string, placeholder: string): HTMLElement {
  return el('label', { class: 'text', 'data-field': name }, el('span', { class: 'label' }, label), el('textarea', { name, rows: '3', maxlength: '2000', placeholder }), el('p', { class: 'field-error', role: 'alert' }));
}

/** A field's message goes once the owner changes that field. */
function clearOnInput(form: HTMLFormElement): void {
  const clear = (event: Event) => {
    const box = (event.target as HTMLElement).closest('[data-field]')?.querySelector<HTMLElement>('.field-error');
    if (box) box.textContent = '';
  };
  form.addEventListener('input', clear);
  form.addEventListener('change', clear);
}

function fieldErrors(form: HTMLFormElement, fields: { field: string; message: string }[]): void {
  for (const box of form.querySelectorAll<HTMLElement>('.field-error')) box.textContent = '';
  for (const { field, message } of fields) {
    const box = form.querySelector<HTMLElement>(`[data-field="${field}"] .field-error`) ?? form.querySelector<HTMLElement>('.form-error');
    if (box) box.textContent = chinese(message);
  }
  form.querySelector<HTMLElement>('.field-error:not(:empty), .form-error:not(:empty)')?.closest('[data-field], .form-error')?.scrollIntoView({ block: 'center' });
}

async function submit(form: HTMLFormElement, body: Record<string, unknown>, thanks: () => void): Promise<void> {
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  button.disabled = true;
  button.textContent = '正在提交…';
  try {
    const res = await fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'omit' });
    if (res.ok) return thanks();
    const refusal = (await res.json().catch(() => null)) as ApiRefusal | null;
    if (refusalPage(res.status, refusal)) return;
    fieldErrors(form, refusal?.error.fields ?? []);
  } catch {
    form.querySelector<HTMLElement>('.form-error')!.textContent = '网络异常，未能提交，请检查网络后重试。';
  }
  button.disabled = false;
  button.textContent = '提交';
}

function surveyForm(view: OwnerPageView): void {
  const levels = Object.values(Satisfaction).map((value) => ({ value, label: SATISFACTION_LABELS[value]['zh-CN'] }));
  const evaluations = view.evaluationChoices.map((c) => ({ value: c, label: c }));
  const reasons = el(
    'div', { class: 'reasons', hidden: true },
    choiceGroup('reasons', '缺点与不足（可多选）', view.commonShortcomings.map((r) => ({ value: r, label: r })), { kind: 'checkbox', wide: true }),
    textArea('shortcomings', '请说明不满意的地方（必填其一）', '例如：维修后仍漏水'),
  );
  const form = el(
    'form', { class: 'form', novalidate: true },
    choiceGroup('qualityEvaluation', '质量评价', evaluations),
    choiceGroup('serviceEvaluation', '服务效果评价', evaluations),
    choiceGroup('satisfaction', '满意程度', levels, { required: true, wide: true }),
    choiceGroup('satisfactionScore', '评分（1–10 分，可选）', Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))),
    reasons,
    textArea('suggestions', '住户建议（可选）', '您对我们的服务有什么建议？'),
    el('p', { class: 'form-error', role: 'alert' }),
    el('button', { type: 'submit', class: 'submit' }, '提交'),
    el('p', { class: 'fine' }, '此链接仅可提交一次。'),
  );
  form.addEventListener('change', () => {
    const level = (form.elements.namedItem('satisfaction') as RadioNodeList).value as Satisfaction;
    reasons.hidden = !DISSATISFIED_LEVELS.includes(level);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name: string) => (form.elements.namedItem(name) as RadioNodeList | HTMLTextAreaElement | null)?.value || null;
    const satisfaction = value('satisfaction') as Satisfaction | null;
    const dissatisfied = satisfaction !== null && DISSATISFIED_LEVELS.includes(satisfaction);
    const picked = dissatisfied ? [...form.querySelectorAll<HTMLInputElement>('input[name=reasons]:checked')].map((i) => i.value) : [];
    const score = value('satisfactionScore');
    void submit(form, {
      purpose: OwnerLinkPurpose.SURVEY,
      satisfaction,
      satisfactionScore: score ? Number(score) : null,
      qualityEvaluation: value('qualityEvaluation'),
      serviceEvaluation: value('serviceEvaluation'),
      reasons: picked,
      shortcomings: dissatisfied ? value('shortcomings') : null,
      suggestions: value('suggestions'),
    }, () => notice('感谢您的评价', '您的评价已提交，我们会认真对待每一条意见。', 'ok'));
  });
  clearOnInput(form);
  show(header(view), form);
}

function confirmForm(view: OwnerPageView): void {
  const r = view.recorded!;
  const row = (label: string, value: string | null) => (value ? [el('dt', {}, label), el('dd', {}, value)] : []);
  const when = r.performedAt ? new Date(r.performedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }) : null;
  const recorded = el(
    'section', { class: 'recorded' },
    el('h2', {}, '我们记录的回访结果'),
    el('dl', {},
      ...row('回访时间', when),
      ...row('满意程度', r.satisfaction ? SATISFACTION_LABELS[r.satisfaction]['zh-CN'] : null),
      ...row('评分', r.satisfactionScore ? `${r.satisfactionScore} 分` : null),
      ...row('质量评价', r.qualityEvaluation),
      ...row('服务效果评价', r.serviceEvaluation),
      ...row('缺点与不足', r.shortcomings),
      ...row('住户建议', r.suggestions)),
  );
  const form = el(
    'form', { class: 'form', novalidate: true },
    choiceGroup('verdict', '以上记录是否与您的意见一致？', [
      { value: OwnerVerdict.CONFIRMED, label: '一致，确认无误' },
      { value: OwnerVerdict.DISPUTED, label: '不一致，有异议' },
    ], { required: true, wide: true }),
    textArea('comment', '说明（有异议时必填）', '请告诉我们哪里与您的意见不同'),
    el('p', { class: 'form-error', role: 'alert' }),
    el('button', { type: 'submit', class: 'submit' }, '提交'),
    el('p', { class: 'fine' }, '此链接仅可提交一次。'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const verdict = (form.elements.namedItem('verdict') as RadioNodeList).value || null;
    const comment = (form.elements.namedItem('comment') as HTMLTextAreaElement).value || null;
    void submit(form, { purpose: OwnerLinkPurpose.CONFIRM, verdict, comment }, () =>
      verdict === OwnerVerdict.DISPUTED
        ? notice('已收到您的异议', '客户服务部主管将重新与您核实，感谢您的反馈。', 'ok')
        : notice('感谢您的确认', '您的确认已记录。', 'ok'));
  });
  clearOnInput(form);
  show(header(view), recorded, form);
}

async function start(): Promise<void> {
  try {
    const res = await fetch(api, { credentials: 'omit' });
    if (!res.ok) {
      refusalPage(res.status === 422 ? 404 : res.status, (await res.json().catch(() => null)) as ApiRefusal | null);
      return;
    }
    const view = (await res.json()) as OwnerPageView;
    if (view.purpose === OwnerLinkPurpose.CONFIRM) confirmForm(view);
    else surveyForm(view);
  } catch {
    notice('暂时无法打开', '网络异常，请检查网络后重新打开此链接。');
  }
}

void start();
