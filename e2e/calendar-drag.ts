/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';

/** The plain week's row of one time ("18:00"), drawn by FullCalendar. */
export const slotLane = (page: Page, time: string) => page.locator(`td.fc-timegrid-slot-lane[data-time="${time}:00"]`).first();

/**
 * Where a time of day ("18:00") lies across the rooms day's hours, in page px: from the hour's heading, as far
 * into it as the minutes go (from its right edge when the page runs right to left).
 */
export async function timeX(page: Page, time: string): Promise<number> {
  return page.evaluate((time) => {
    const hour = `${time.slice(0, 2)}:00`;
    const heading = [...document.querySelectorAll('.rooms-head-cell')].find((cell) => cell.textContent?.trim() === hour);
    if (!heading) throw new Error(`no heading for ${hour}`);
    const rect = heading.getBoundingClientRect();
    const part = (rect.width * Number(time.slice(3, 5))) / 60;
    return getComputedStyle(heading).direction === 'rtl' ? rect.right - part : rect.left + part;
  }, time);
}

/** A room's row in the rooms day, with its bookings and free hours. */
export const roomRow = (page: Page, roomId: string) => page.locator(`.rooms-row[data-room-id="${roomId}"] .rooms-row-time`);

/**
 * Drags a booking that starts at `fromTime` with the mouse so that it starts at `toTime` in the room's row:
 * grabbed a little inside its start, let go as far along the hours as the times differ, in the target row.
 */
export async function drag(page: Page, event: Locator, fromTime: string, roomId: string, toTime: string): Promise<void> {
  const box = await event.boundingBox();
  const row = await roomRow(page, roomId).boundingBox();
  if (!box || !row) throw new Error('drag target not found');
  const [from, to] = [await timeX(page, fromTime), await timeX(page, toTime)];
  const inside = from < box.x + box.width / 2 ? 8 : -8;
  const grab = { x: from + inside, y: box.y + box.height / 2 };
  const target = { x: to + inside, y: row.y + row.height / 2 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++)
    await page.mouse.move(grab.x + ((target.x - grab.x) * step) / 12, grab.y + ((target.y - grab.y) * step) / 12);
  await page.waitForTimeout(100);
  await page.mouse.up();
}
