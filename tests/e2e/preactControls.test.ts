import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { actAs, useH5App } from '../support/h5App';
import { importRosterCsv } from '../support/importRosterCsv';
import { tap } from '../support/requestPage';

/**
 * The H5 build runs on Preact, whose controlled fields differ from React's
 * (a re-render only when the state changes, native events): here every kind
 * of field the app has is used the way a person does (key by key, a word
 * from an input method, a paste, refused keys) and what the screen shows
 * must be what is sent and stored.
 */
/** On the township's roster, so a first visit can bind this phone. */
const ROSTER_PHONE = '13905569999';
const app = useH5App(async (cloud) => {
  await importRosterCsv(cloud, [['汪小河', ROSTER_PHONE, '第一网格（汪屋组）', '网格员', '治安', '否']]);
});

const store = () => app().cloud.cloud.store;

async function phoneAs(name: string): Promise<Page> {
  const page = await app().browser.newPage();
  await page.setViewportSize({ width: 375, height: 667 });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  if (name) await actAs(app(), page, name);
  return page;
}

/** A word as a Chinese input method gives it: pinyin shown while composing, then the characters committed. */
async function compose(page: Page, pinyin: string, word: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= pinyin.length; i += 1) {
    await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
  }
  await cdp.send('Input.insertText', { text: word });
  await cdp.detach();
}

/** Pastes `text` where the cursor is, through the clipboard (Ctrl+V), as a long-press 粘贴 does. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  await page.keyboard.press('Control+V');
}

/** A tiny PNG, as a phone's photo. */
function png(): Buffer {
  return Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
}

it('files a request typed key by key, with an input-method word and a paste, as the box shows it, with the photos it shows', async () => {
  const page = await phoneAs('王秀英');
  await page.goto(`${app().cloud.cloud.url}/packages/requests/new/index`);
  await page.locator('[data-category="environment"]').click();
  const box = page.locator('.gt-new-request__text textarea');
  await box.click();
  await page.keyboard.type('村口');
  await compose(page, 'ludeng', '路灯');
  await page.keyboard.type('坏了三天');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('一周');
  await paste(page, '，晚上老人走路看不见。');
  const shown = await box.inputValue();
  expect(shown).toBe('村口路灯坏了一周，晚上老人走路看不见。');
  // The counter counts what is on the screen.
  await page.locator('.gt-text-count', { hasText: `${shown.length}/1000字` }).waitFor();

  // Two photos chosen, one taken off again: one is shown, one is sent.
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.gt-photos__add').click();
  await (
    await chooser
  ).setFiles([
    { name: 'lamp.png', mimeType: 'image/png', buffer: png() },
    { name: 'road.png', mimeType: 'image/png', buffer: png() },
  ]);
  await eventually(async () => expect(await page.locator('.gt-photos__image').count()).toBe(2));
  await page.locator('.gt-photos__remove').first().click();
  await eventually(async () => expect(await page.locator('.gt-photos__image').count()).toBe(1));

  await tap(page, '下一步');
  await tap(page, '提交');
  await page.waitForURL(/requests\/detail/);
  const filed = store().find('requests', { text: shown }) as unknown as Array<{ photos: string[] }>;
  expect(filed).toHaveLength(1);
  expect(filed[0].photos).toHaveLength(1);
});

it('binds the 11 digits the phone field shows when letters are typed and a longer number is pasted', async () => {
  const page = await phoneAs('');
  await page.goto(`${app().cloud.cloud.url}/pages/profile/index`);
  await page.locator('.gt-dev-identity__person--new').click();
  await page.locator('.gt-profile__hint', { hasText: '还没有登记' }).waitFor();
  await page.locator('.gt-phone-binding__button').click();
  const field = page.locator('.gt-phone-binding__input input');
  await field.click();
  // Letters, a dash and a dot are refused key by key; a twelfth digit is not taken.
  await page.keyboard.type('138a-0.0e00');
  expect(await field.inputValue()).toBe('1380000');
  await page.keyboard.type('003199');
  expect(await field.inputValue()).toBe('13800000031');
  // A longer number pasted over it keeps its first 11 digits.
  await field.selectText();
  await paste(page, `${ROSTER_PHONE}1234`);
  expect(await field.inputValue()).toBe(ROSTER_PHONE);
  await page.locator('.gt-phone-binding__confirm').click();
  await page.locator('.gt-profile__value', { hasText: '139 0556 9999' }).waitFor();
  await page.locator('.gt-profile__value', { hasText: '汪小河' }).waitFor();
  const [bound] = store().find('users', { phone: ROSTER_PHONE });
  expect(String(bound._id)).toMatch(/^dev-new-/);
});

it('keeps a refused number field showing the number it keeps, and saves that number', async () => {
  const page = await phoneAs('系统管理员');
  await page.goto(`${app().cloud.cloud.url}/packages/visits/rules/index`);
  const village = page.locator('.gt-field', { hasText: '村组干部' }).locator('input');
  await village.waitFor();
  await village.click();
  await village.selectText();
  // Over a year's days: cut to 366, and each further key refused, on the screen as in the form.
  await page.keyboard.type('4000');
  expect(await village.inputValue()).toBe('366');
  await page.keyboard.type('7');
  expect(await village.inputValue()).toBe('366');
  await page.keyboard.type('x');
  expect(await village.inputValue()).toBe('366');
  await page.keyboard.press('Backspace');
  expect(await village.inputValue()).toBe('36');
  // Emptied, it shows the 0 it holds.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  expect(await village.inputValue()).toBe('0');
  await page.keyboard.type('45');
  expect(await village.inputValue()).toBe('45');
  await page.locator('.gt-rules__save').click();
  await eventually(() => {
    const rules = store()
      .find('settings', {})
      .find((doc) => typeof doc.quota === 'object' && doc.quota !== null) as { quota: Record<string, number> } | undefined;
    expect(rules?.quota.village).toBe(45);
  });
});

it('finds a person by the number typed in the search box and sent with the Enter key', async () => {
  const page = await phoneAs('系统管理员');
  await page.locator('.gt-staff-tools__link--system').click();
  await page.locator('.gt-system__child', { hasText: '凉泉乡' }).click();
  await page.locator('.gt-system__child', { hasText: '湖滨村' }).click();
  await page.locator('.gt-system__child', { hasText: '第一网格（汪屋组）' }).click();
  await page.locator('.gt-system__people-open').click();
  const search = page.locator('.gt-system__find-phone input');
  await search.waitFor();
  await search.click();
  await page.keyboard.type('1390a5560102');
  expect(await search.inputValue()).toBe('13905560102');
  await page.keyboard.press('Enter');
  await page.locator('.gt-system__found', { hasText: '李建国' }).waitFor();
});

it('leaves a message with the words, photo count and consent the screen shows', async () => {
  const page = await phoneAs('王秀英');
  await page.goto(`${app().cloud.cloud.url}/packages/console/message-new/index`);
  const box = page.locator('.gt-cs-new__text textarea');
  await box.waitFor();
  await box.click();
  await page.keyboard.type('建议');
  await compose(page, 'cunkou', '村口');
  await page.keyboard.type('装个路灯');
  const shown = await box.inputValue();
  expect(shown).toBe('建议村口装个路灯');

  // The consent switch, on, off and on again: what it shows is what is sent.
  const consent = page.locator('.gt-cs-new .gt-switch');
  for (const expected of ['true', 'false', 'true']) {
    await consent.click();
    expect(await consent.getAttribute('aria-checked')).toBe(expected);
  }
  await tap(page, '发送留言');
  await page.waitForURL(/message-detail/);
  const [sent] = store().find('messages', { text: shown }) as unknown as Array<{ publicConsent: boolean }>;
  expect(sent.publicConsent).toBe(true);
});

it('keeps no refused date in the date picker: it holds the value its page gives it', async () => {
  const page = await phoneAs('黄文斌');
  await page.goto(`${app().cloud.cloud.url}/packages/servicedays/manage/index`);
  const day = page.locator('.gt-sd-manage__day').first();
  const picker = day.locator('taro-picker-core');
  await picker.waitFor();
  const sessionsBefore = store().find('serviceSessions', {}).length;
  // The picker opens on today; today is refused as an extra date.
  await day.locator('.gt-button', { hasText: '加一天' }).click();
  const confirm = page.locator('.weui-picker__action:visible', { hasText: '确定' });
  await confirm.click({ trial: true }); // waits until the picker has slid up and stands still
  await confirm.click();
  await page.getByText('填写的内容有误，请检查后再提交').waitFor();
  expect(store().find('serviceSessions', {})).toHaveLength(sessionsBefore);
  // As on React: the picker is back on the page's value (none), not on the refused date.
  await eventually(async () => expect(await picker.evaluate((element) => (element as unknown as { value: string }).value)).toBe(''));
});
