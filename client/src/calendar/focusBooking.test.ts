import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusBooking } from './focusBooking.js';

/** Frames run by hand: each `frame()` runs what the last one asked for. */
function manualFrames() {
  let queued: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queued.push(callback));
  return (count = 1) => {
    for (let index = 0; index < count; index++) {
      const now = queued;
      queued = [];
      now.forEach((callback) => callback(0));
    }
  };
}

function entry(id: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.dataset.bookingId = id;
  document.body.append(button);
  return button;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('focusBooking', () => {
  it('focuses the moved booking once it is drawn anew, also when the first drawing is replaced', () => {
    const frame = manualFrames();
    const old = entry('b1');
    old.focus();
    focusBooking('b1', () => null);
    frame();
    old.remove(); // the calendar draws the moved booking as a new element
    frame();
    const drawn = entry('b1');
    frame(3);
    expect(document.activeElement).toBe(drawn);
  });

  it('falls back when the booking is never drawn (a filter hides it)', () => {
    const frame = manualFrames();
    const main = document.createElement('div');
    main.tabIndex = -1;
    document.body.append(main);
    focusBooking('b1', () => main, 5);
    frame(5);
    expect(document.activeElement).toBe(main);
  });

  it('leaves someone who went elsewhere meanwhile where they are', () => {
    const frame = manualFrames();
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    focusBooking('b1', () => null);
    frame();
    elsewhere.focus();
    entry('b1');
    frame(3);
    expect(document.activeElement).toBe(elsewhere);
  });
});
