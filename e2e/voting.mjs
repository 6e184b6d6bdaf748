// Steps the browser tests share (e2e/*.test.mjs).
import assert from 'node:assert/strict';

// vote casts choice on the vote page at base/votes/id with the voting ID the
// page's browser holds, waits for the receipt the vote page shows from the
// ballot's answer and for its check, and returns the tracking code (a new
// one: not notTracking).
export async function vote(page, base, id, choice, notTracking) {
  await page.goto(`${base}/votes/${id}`);
  await page.click('#start');
  await page.check(`#choice-${choice}`);
  await page.click('#ballot button[type=submit]');
  await page.locator('#receipt[data-tracking]').waitFor();
  await page.locator('#check[data-result="ok"]').waitFor();
  const tracking = await page.locator('#tracking').innerText();
  assert.match(tracking, /^[0-9a-f]{64}$/);
  assert.ok(!notTracking || tracking !== notTracking, 'a new ballot, a new receipt');
  assert.equal(await page.getAttribute('#receipt-link', 'href'), `/recu/${tracking}`);
  return tracking;
}
