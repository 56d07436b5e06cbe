export default {
  heading: 'Welcome!',
  intro: 'Choose your name and a password. Then you are signed in.',
  submit: 'Create account',
  busy: 'Creating …',
  forOrganization: 'You have been invited to book rooms at KolLEktiv for {organization}.',
  forStaff: 'You have been invited to join the KolLEktiv team.',
  validUntil: 'The link is valid until {date}.',
  loading: 'Loading the invitation …',
  toLogin: 'Go to sign-in',
};
