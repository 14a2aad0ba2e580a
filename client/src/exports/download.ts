import type { ServerMessage } from '../i18n/server-messages';

export type DownloadResult = { ok: true } | { ok: false; status: number; error: ServerMessage | null };

/**
 * Downloads a registered workbook with the session cookie, inside the app: a refusal (403, 404, a file that no longer
 * matches the register) comes back as the server's reason for the screen instead of a raw JSON page.
 */
export async function downloadWorkbook(url: string, fileName: string, fetchFn: typeof fetch = fetch): Promise<DownloadResult> {
  const response = await fetchFn(url, { credentials: 'same-origin' });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: ServerMessage } | null;
    return { ok: false, status: response.status, error: body?.error ?? null };
  }
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // the browser has taken the file once the click is handled; the object URL can go a little later
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return { ok: true };
}
