import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

// A workbook as a person sees it on paper: LibreOffice (Debian's libreoffice-calc-nogui) prints it to PDF, poppler's
// pdfinfo / pdftotext / pdffonts read the pages back. `.ci/run` installs both.

const run = promisify(execFile);

export interface PrintedWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PrintedPage {
  /** 1-based */
  number: number;
  width: number;
  height: number;
  words: PrintedWord[];
  /** the page's words in reading order, joined by spaces */
  text: string;
  /** the smallest text on the page in pt, as printed (see smallestFontPt) */
  smallestFontPt: number;
}

export interface PrintedWorkbook {
  pdfPath: string;
  pages: PrintedPage[];
  /** pdffonts: every font, whether it is embedded */
  fonts: { name: string; embedded: boolean }[];
}

const CJK_ONLY = /^[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+$/u;

/**
 * The printed size of the page's text in pt. A Chinese character is exactly 1 em wide in every CJK font, so a word
 * of Chinese characters only gives its size as width ÷ characters (this is what catches a sheet printed at 24 %:
 * 9 pt text measures 2.2 pt). Other words are measured by their height, in the ratio of height to size that the
 * page's Chinese words show (poppler's word box is the font's ascent + descent, 1.30 em for Carlito and Noto).
 */
export function smallestFontPt(words: PrintedWord[]): number {
  const cjk = words.filter((word) => CJK_ONLY.test(word.text));
  const cjkSizes = cjk.map((word) => (word.xMax - word.xMin) / [...word.text].length);
  const ratios = cjk.map((word, index) => (word.yMax - word.yMin) / cjkSizes[index]).sort((a, b) => a - b);
  const ratio = ratios.length ? ratios[Math.floor(ratios.length / 2)] : 1.3;
  const others = words.filter((word) => !CJK_ONLY.test(word.text)).map((word) => (word.yMax - word.yMin) / ratio);
  return Math.min(...cjkSizes, ...others);
}

function decode(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Prints an .xlsx with LibreOffice to PDF and reads every page back. The PDF is kept under `artifactDir`. */
export async function printWithLibreOffice(xlsx: Buffer, name: string, artifactDir: string): Promise<PrintedWorkbook> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hf-print-'));
  try {
    const input = path.join(work, `${name}.xlsx`);
    fs.writeFileSync(input, xlsx);
    // a profile of its own: a LibreOffice already running for the user would otherwise take the job
    await run('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, input], {
      timeout: 180_000,
    });
    fs.mkdirSync(artifactDir, { recursive: true });
    const pdfPath = path.join(artifactDir, `${name}.pdf`);
    fs.copyFileSync(path.join(work, `${name}.pdf`), pdfPath);
    fs.writeFileSync(path.join(artifactDir, `${name}.xlsx`), xlsx);

    const { stdout: info } = await run('pdfinfo', [pdfPath]);
    const pageCount = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const { stdout: bbox } = await run('pdftotext', ['-bbox', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const pages: PrintedPage[] = [];
    for (const match of bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
      const words = [...match[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
        text: decode(w[5]),
      }));
      pages.push({
        number: pages.length + 1,
        width: Number(match[1]),
        height: Number(match[2]),
        words,
        text: words.map((word) => word.text).join(' '),
        smallestFontPt: smallestFontPt(words),
      });
    }
    if (pages.length !== pageCount) throw new Error(`pdfinfo says ${pageCount} pages, pdftotext read ${pages.length}`);

    const { stdout: fontList } = await run('pdffonts', [pdfPath]);
    const fonts = fontList
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => {
        const columns = line.trim().split(/\s+/);
        // name type [type…] encoding emb sub uni object ID: emb is the 5th field from the end
        return { name: columns[0], embedded: columns[columns.length - 5] === 'yes' };
      });
    return { pdfPath, pages, fonts };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
