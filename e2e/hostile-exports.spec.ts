/**
 * Issue 23, classes 3 and 9, through the real UI: runs named like a spreadsheet formula and with
 * a control character are exported as CSV, SVG and PNG. The CSV cell is neutralised (a leading
 * `'`, quoted), the SVG parses as XML in the page, and the PNG (the SVG drawn) is produced.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { collectErrors, expectState, openFirstView } from './helpers';

const FORMULA = '=HYPERLINK("http://x","y")';
const CONTROL = 'a\u0001b';

/** Picks `item` in the Export menu and returns the download it starts. */
async function exportAs(page: Page, item: string): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-menu').click();
  await page.locator(`[role="menu"]:popover-open [data-export="${item}"]`).click();
  return download;
}

const text = async (download: Download) => (await readFile((await download.path())!)).toString();

/** Renames run `n` (1-based) through its name field. */
async function rename(page: Page, n: number, name: string): Promise<void> {
  const field = page.getByRole('textbox', { name: `Name of run ${n}` });
  await field.click();
  await field.fill(name);
  await field.press('Enter');
}

test('hostile run names export as a neutral CSV, a well-formed SVG and a PNG', async ({ page }) => {
  const errors = collectErrors(page);
  await openFirstView(page);
  await rename(page, 1, FORMULA);
  await rename(page, 2, CONTROL);
  await expectState(page, 's.scenario.optimizers.map((o) => o.label)').toEqual([FORMULA, CONTROL]);

  const csv = await text(await exportAs(page, 'csv'));
  const rows = csv.trimEnd().split('\n');
  expect(rows[0]).toBe('run,label,optimizer,step,x,y,loss,grad_norm,lr');
  const first = rows.filter((row) => row.startsWith('0,'));
  expect(first.length).toBeGreaterThan(1);
  for (const row of first)
    expect(row.startsWith(`0,"'=HYPERLINK(""http://x"",""y"")",`)).toBe(true);
  for (const row of rows.filter((r) => r.startsWith('1,')))
    expect(row.startsWith('1,a\uFFFDb,')).toBe(true);
  // No raw control character anywhere in the file.
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(csv)).toBe(false);

  const svg = await text(await exportAs(page, 'svg'));
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      legend: [...doc.querySelectorAll('.export__legend-run text')].map((t) => t.textContent),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.legend).toEqual([FORMULA, 'a\uFFFDb']);

  const png = await exportAs(page, 'png');
  expect(png.suggestedFilename()).toBe('descent-rosenbrock-landscape.png');
  const data = await readFile((await png.path())!);
  expect(data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(data.length).toBeGreaterThan(1000);
  expect(errors).toEqual([]);
});
