export default {
  checkIn: 'Einchecken',
  checkInFor: 'Einchecken: {title}',
  checkedIn: 'Eingecheckt um {time}',
  checkInBy: 'Bitte bis {time} einchecken, sonst wird der Raum für andere freigegeben.',
  done: 'Eingecheckt. Danke!',
  page: {
    heading: 'Einchecken',
    loading: 'Die Buchung wird geladen …',
    notFound: 'Diese Buchung gibt es nicht (mehr), oder Sie dürfen sie nicht sehen.',
    opensAt: 'Einchecken geht ab {time}, 15 Minuten vor dem Beginn.',
    over: 'Diese Buchung ist vorbei.',
    notHeld: 'Diese Buchung hält den Raum nicht mehr.',
    toMyBookings: 'Meine Buchungen',
  },
  display: {
    tapToCheckIn: 'Zum Einchecken tippen',
    checkedIn: 'Eingecheckt',
    failed: 'Einchecken hat nicht geklappt. Bitte den QR-Code nutzen.',
  },
  settings: {
    legend: 'Einchecken',
    required: 'Buchungen hier müssen eingecheckt werden',
    hint: 'Ab 15 Minuten vor dem Beginn: an der Wandanzeige, mit dem QR-Code des Raums oder unter „Meine Buchungen“. Eine Buchung, für die niemand eingecheckt hat, wird nach der Karenzzeit für andere freigegeben.',
    grace: 'Karenzzeit in Minuten (5–120)',
    save: 'Einchecken speichern',
    saved: 'Einchecken gespeichert.',
  },
  series: {
    heading: 'Serien, zu denen niemand kam',
    askMo:
      'Für die letzten drei Termine von „{title}“ hat niemand eingecheckt. Braucht Ihre Organisation diese Serie noch? Wenn nicht, sagen Sie bitte die kommenden Termine ab.',
    tellStaff: '{organization}: Für die letzten drei Termine der Serie „{title}“ hat niemand eingecheckt.',
    stillNeeded: 'Wird noch gebraucht',
    seen: 'Gesehen',
  },
};
