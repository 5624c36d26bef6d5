/** The header's problem control and the picker dialog it opens (problems and formula specs). */
import { expect, type Locator, type Page } from '@playwright/test';

export class ProblemPickerPage {
  readonly dialog: Locator;
  readonly cards: Locator;
  constructor(protected readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Choose a problem' });
    this.cards = this.dialog.getByRole('group', { name: 'Problems' }).getByRole('button');
  }
  /** The header's button naming the problem `title` (any problem by default). */
  button(title: string | RegExp = /.*/): Locator {
    return this.page.getByRole('button', {
      name: typeof title === 'string' ? `Problem: ${title} — change` : /^Problem: .* — change$/,
    });
  }
  async open(): Promise<void> {
    await this.button().click();
    await expect(this.dialog).toBeVisible();
  }
  async choose(title: string): Promise<void> {
    await this.open();
    await this.dialog.getByRole('button', { name: title, exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
