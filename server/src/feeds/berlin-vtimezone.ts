/**
 * VTIMEZONE for Europe/Berlin as RFC 5545 wants it: central European time, summer time from the last
 * Sunday of March 02:00 to the last Sunday of October 03:00 (the rule since 1996). Calendar apps that do
 * not know the zone by name read the times right with it.
 */
export function berlinVTimezone(timeZone: string): string | null {
  if (timeZone !== 'Europe/Berlin') return null;
  return [
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Berlin',
    'X-LIC-LOCATION:Europe/Berlin',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}
