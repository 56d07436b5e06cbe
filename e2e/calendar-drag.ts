import type { Locator, Page } from 'playwright-core';

/** The day grid's row of one time ("18:00") on the calendar. */
export const slotLane = (page: Page, time: string) => page.locator(`td.fc-timegrid-slot-lane[data-time="${time}:00"]`).first();

/**
 * Drags an event that starts at `fromTime` with the mouse so that it starts at `toTime` in the room's
 * column. FullCalendar tracks the centre of the grabbed slot (useEventCenter), so the test grabs the
 * event there and drops inside the first quarter-hour of the target slot.
 */
export async function drag(page: Page, event: Locator, fromTime: string, roomId: string, toTime: string): Promise<void> {
  const box = await event.boundingBox();
  const column = await page.locator(`th.fc-col-header-cell[data-resource-id="${roomId}"]`).boundingBox();
  const fromSlot = await slotLane(page, fromTime).boundingBox();
  const toSlot = await slotLane(page, toTime).boundingBox();
  if (!box || !column || !fromSlot || !toSlot) throw new Error('drag target not found');
  const grab = { x: box.x + box.width / 2, y: fromSlot.y + fromSlot.height / 2 };
  const target = { x: column.x + column.width / 2, y: toSlot.y + toSlot.height / 4 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++)
    await page.mouse.move(grab.x + ((target.x - grab.x) * step) / 12, grab.y + ((target.y - grab.y) * step) / 12);
  await page.waitForTimeout(150);
  await page.mouse.up();
}
