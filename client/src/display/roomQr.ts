import qrcode from 'qrcode-generator';

/**
 * QR codes as SVG tags, each drawn once: choosing a code's mask tries all eight (tens of milliseconds each
 * on a tablet), and pages of rooms come round every few seconds all day. At most `kept` are held; the oldest
 * goes first, as yesterday's links are never shown again.
 */
export function qrDrawer(kept: number) {
  const drawn = new Map<string, string>();
  return {
    /** The code of a URL when it was drawn before, so a page of rooms coming round shows it at once. */
    kept: (url: string): string | undefined => drawn.get(url),
    draw(url: string): string {
      const known = drawn.get(url);
      if (known !== undefined) return known;
      const code = qrcode(0, 'M');
      code.addData(url);
      code.make();
      const svg = code.createSvgTag({ cellSize: 3, margin: 0, scalable: true });
      if (drawn.size >= kept) drawn.delete(drawn.keys().next().value!);
      drawn.set(url, svg);
      return svg;
    },
    size: () => drawn.size,
  };
}

/** The screen's codes: every room of every house on the all-houses screen, today and tomorrow, with room to spare. */
export const roomQr = qrDrawer(512);
