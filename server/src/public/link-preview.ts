/** What a shared link shows in a chat or on social media before anyone opens it. */
export interface LinkPreview {
  title: string;
  description: string;
}

/** The centre's own words for the list of MOs, in German like the rest of the app shell's head. */
export const MO_LIST_PREVIEW: LinkPreview = {
  title: 'Migrantische Organisationen im KolLEktiv Leipzig',
  description:
    'Wer sich im KolLEktiv – Treffpunkt für Engagement und Begegnung trifft: Chöre, Sprachkurse, Beratung, Kunst und mehr, mit Ort und Zeit.',
};

/** Previews are read in a line or two; longer descriptions end with an ellipsis at a word. */
const MAX_DESCRIPTION = 200;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

export function shorten(text: string, max = MAX_DESCRIPTION): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/**
 * The app shell with a page's own title and description, also as Open Graph tags, since link previews are
 * made by robots that do not run the app. Everything inserted is escaped: MOs write their descriptions.
 */
export function withLinkPreview(shell: string, preview: LinkPreview): string {
  const title = escapeHtml(preview.title);
  const description = escapeHtml(shorten(preview.description));
  const tags = [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="KolLEktiv Leipzig" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ].join('\n    ');
  return shell
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(/<meta name="description" content="[^"]*"\s*\/?>/, `<meta name="description" content="${description}" />`)
    .replace('</head>', `    ${tags}\n  </head>`);
}
