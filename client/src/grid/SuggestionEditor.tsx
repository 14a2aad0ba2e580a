import type { Language } from '@hf/shared';
import type { CustomCellEditorProps } from 'ag-grid-react';
import { useEffect, useRef, useState } from 'react';
import { translate } from '../i18n/i18n';

interface Params {
  suggestions?: readonly string[];
  maxLength?: number;
  language: Language;
}

/** The text the editor opens with: a typed letter replaces the cell, Backspace/Delete empties it, F2/Enter/double-click keep it. */
function startText(eventKey: string | null | undefined, value: unknown): string {
  if (eventKey === 'Backspace' || eventKey === 'Delete') return '';
  if (eventKey && eventKey.length === 1) return eventKey;
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A text cell with its common values to pick (缺点与不足: 处理不及时, 服务态度差 …): the text box works like every cell
 * (Enter saves, Esc cancels), and a click on a reason adds it to the text, separated by 、, without closing the editor.
 */
export function SuggestionEditor(props: CustomCellEditorProps & Params) {
  const { suggestions = [], maxLength, language, eventKey, value, onValueChange } = props;
  const [text, setText] = useState(() => startText(eventKey, value));
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    onValueChange(text);
    // the editor opens with the text as it starts (a typed letter replaces the cell)
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const change = (next: string) => {
    const limited = maxLength ? next.slice(0, maxLength) : next;
    setText(limited);
    onValueChange(limited);
  };
  const pick = (reason: string) => {
    const parts = text.split(/[、，,；;]/).map((p) => p.trim()).filter(Boolean);
    if (!parts.includes(reason)) change([...parts, reason].join('、'));
    input.current?.focus();
  };

  return (
    <div className="hf-suggest" data-testid="suggestion-editor">
      <input ref={input} type="text" value={text} maxLength={maxLength} onChange={(e) => change(e.target.value)} />
      {suggestions.length > 0 && (
        <>
          <span className="hf-suggest-hint">{translate(language, 'commonReasons')}</span>
          <div className="hf-suggest-list">
            {suggestions.map((reason) => (
              // mouse-down would take the focus from the text box and end the edit: keep it there
              <button key={reason} type="button" tabIndex={-1} onMouseDown={(e) => e.preventDefault()} onClick={() => pick(reason)}>{reason}</button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
