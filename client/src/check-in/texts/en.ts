export default {
  checkIn: 'Check in',
  checkInFor: 'Check in: {title}',
  checkedIn: 'Checked in at {time}',
  checkInBy: 'Please check in by {time}, otherwise the room is released for others.',
  done: 'Checked in. Thank you!',
  page: {
    heading: 'Check in',
    loading: 'Loading the booking …',
    notFound: 'This booking cannot be found (any more), or you may not see it.',
    opensAt: 'Check-in opens at {time}, 15 minutes before the start.',
    over: 'This booking is over.',
    notHeld: 'This booking no longer holds the room.',
    toMyBookings: 'My bookings',
  },
  display: {
    tapToCheckIn: 'Tap to check in',
    checkedIn: 'Checked in',
    failed: 'Check-in did not work. Please use the QR code.',
  },
  settings: {
    legend: 'Check-in',
    required: 'Bookings here must be checked in',
    hint: 'From 15 minutes before the start: on the wall display, with the room’s QR code or in “My bookings”. A booking nobody checked in to is released for others after the grace period.',
    grace: 'Grace period in minutes (5–120)',
    save: 'Save check-in',
    saved: 'Check-in saved.',
  },
  series: {
    heading: 'Series nobody came to',
    askMo:
      'Nobody checked in for the last three dates of “{title}”. Does your organisation still need this series? If not, please cancel its coming dates.',
    tellStaff: '{organization}: nobody checked in for the last three dates of the series “{title}”.',
    stillNeeded: 'Still needed',
    seen: 'Noted',
  },
};
