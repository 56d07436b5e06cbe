export default {
  copyToWorkdays: 'Use for Mon–Fri',
  retireQuestion: {
    heading: 'Retire {name}?',
    house: 'Nobody can book there any more, and the house leaves the calendar and the room search. You can bring it back into use later.',
    room: 'Nobody can book this room any more, and it leaves the calendar and the room search. You can bring it back into use later.',
    keep: 'Keep it',
  },
  organizationLanguages: {
    legend: 'Languages',
    other: 'Further languages',
    hint: 'Names or codes, separated by commas, e.g. Pashto, ti',
    unknown: 'We do not know this language: {language}',
  },
};
