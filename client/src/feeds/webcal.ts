/**
 * A feed's address as a link a phone opens in its calendar app: `webcal://` is what iOS, macOS and most Android
 * calendars take as "subscribe to this". The feed itself is served over HTTPS, which calendar apps then use.
 */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//i, 'webcal://');
}
