/**
 * The words of a first visit in English: how an organisation gets access, where the houses are and which
 * organisations meet there (the login page and the public pages under /mo). They load with those screens
 * (`publicTexts.ts`), not with the app. Every language has a file here with the same keys.
 */
export default {
  access: {
    heading: 'How does an organisation get access?',
    free: 'KolLEktiv lends rooms free of charge to migrant organisations (MOs) in Leipzig.',
    invite: 'You do not sign up yourself: the team invites the people of an organisation by e-mail.',
    ask: 'Would your organisation like to use the rooms? Get in touch:',
    askInHouse: 'Would your organisation like to use the rooms? Talk to the team in one of our houses.',
    organizations: 'Which organisations meet where',
  },
  houses: {
    heading: 'Our houses',
    map: 'Show on the map',
    meetHere: 'Meeting here:',
    nobody: 'No public dates are planned here at the moment.',
  },
  card: {
    meetsIn: 'Where they meet',
    nothingPlanned: 'No public dates are planned at the moment.',
  },
};
