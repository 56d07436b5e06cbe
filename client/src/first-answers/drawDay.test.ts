import { describe, expect, it } from 'vitest';
import { clearFirstPaint, drawDay, whenParsed } from './drawDay.js';
import type { PaintedHouse } from './firstPaint.js';

const houses: PaintedHouse[] = [
  {
    id: 'z',
    name: 'Zschochersche Straße',
    address: 'Zschochersche Str. 50',
    entries: [
      { id: 'b1', time: '10:00–12:00', what: '<img src=x onerror=alert(1)>', where: 'Saal · Mosaik' },
      { id: 'b2', time: '13:00–14:00', what: null, where: 'Küche' },
    ],
  },
  { id: 'o', name: 'Ost', address: 'Eisenbahnstr. 1', entries: [] },
];

function page(): Document {
  document.body.innerHTML = '<div id="app"></div>';
  return document;
}

describe('the day drawn before the app', () => {
  it('lists each house with its entries as text, in the given direction, and nothing that can be pressed', () => {
    const drawn = page();
    drawDay(drawn, houses, 'rtl');
    // beside the app's root, which Vue empties when it mounts
    const list = drawn.querySelector('#app + .first-paint')!;
    expect(list.getAttribute('dir')).toBe('rtl');
    expect([...list.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual(['Zschochersche Straße', 'Ost']);
    const entries = [...list.querySelectorAll('.first-entry')];
    expect(entries.map((entry) => (entry as HTMLElement).dataset.bookingId)).toEqual(['b1', 'b2']);
    // a title is text, never markup
    expect(entries[0]!.querySelector('img')).toBeNull();
    expect(entries[0]!.querySelector('.what')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(entries[1]!.querySelector('.what')).toBeNull();
    expect(list.querySelectorAll('button, a, [tabindex]')).toHaveLength(0);
    // drawn again (the script's answers came twice), still one; the app removes it
    drawDay(drawn, houses, 'rtl');
    expect(drawn.querySelectorAll('.first-paint')).toHaveLength(1);
    clearFirstPaint(drawn);
    expect(drawn.querySelectorAll('.first-paint')).toHaveLength(0);
  });

  it('leaves the page alone once the app has mounted there', () => {
    const drawn = page();
    const root = drawn.getElementById('app')!;
    root.setAttribute('data-v-app', '');
    root.innerHTML = '<main>the app</main>';
    drawDay(drawn, houses, 'ltr');
    expect(root.innerHTML).toBe('<main>the app</main>');
    expect(drawn.querySelector('.first-paint')).toBeNull();
  });

  it('waits for the HTML to be parsed when it is not yet', () => {
    let ran = 0;
    const parsing = {
      readyState: 'loading',
      addEventListener: (_name: string, run: () => void) => setTimeout(run, 0),
    } as unknown as Document;
    whenParsed(parsing, () => (ran += 1));
    expect(ran).toBe(0);
    whenParsed(document, () => (ran += 1));
    expect(ran).toBe(1);
  });
});
