/**
 * A stable colour per MO: a hue from its id, dark enough that white text on it has at least the
 * WCAG AA contrast of 4.5:1, so every MO keeps its colour on every screen.
 */
export interface EventColours {
  background: string;
  text: string;
}

export const REDACTED_COLOURS: EventColours = { background: '#5f6670', text: '#ffffff' };

function hash(text: string): number {
  let value = 2166136261;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 16777619);
  }
  return value >>> 0;
}

function hslToRgb(hue: number, saturation: number, lightness: number): [number, number, number] {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const x = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = lightness - chroma / 2;
  const [r, g, b] =
    hue < 60
      ? [chroma, x, 0]
      : hue < 120
        ? [x, chroma, 0]
        : hue < 180
          ? [0, chroma, x]
          : hue < 240
            ? [0, x, chroma]
            : hue < 300
              ? [x, 0, chroma]
              : [chroma, 0, x];
  return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255)];
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number) => {
    const s = value / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const toHex = (rgb: [number, number, number]) => `#${rgb.map((value) => value.toString(16).padStart(2, '0')).join('')}`;

export function organizationColours(organizationId: string): EventColours {
  const hue = hash(organizationId) % 360;
  let lightness = 0.42;
  let rgb = hslToRgb(hue, 0.55, lightness);
  while (contrastRatio(rgb, [255, 255, 255]) < 4.5 && lightness > 0.1) {
    lightness -= 0.02;
    rgb = hslToRgb(hue, 0.55, lightness);
  }
  return { background: toHex(rgb), text: '#ffffff' };
}

export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
