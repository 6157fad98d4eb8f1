/** The Dutch texts of the users page. */
export const usersNl = {
  title: 'Gebruikers',
  revoked: (tokens: string, name: string) => `${tokens} van ${name} ingetrokken.`,
  tokens: { one: '{n} token', other: '{n} tokens' },
  intro:
    'Tokens intrekken sluit iemand direct buiten: de extensie en het dashboard weigeren het token daarna. Wie weer toegang moet krijgen, krijgt een nieuwe uitnodiging. Trekt u uw eigen tokens in, dan wordt u ook uitgelogd.',
  caption: 'Gebruikers per organisatie',
  name: 'Naam',
  role: 'Rol',
  organisation: 'Organisatie',
  since: 'Sinds',
  activeTokens: 'Actieve tokens',
  action: 'Actie',
  revoke: 'Tokens intrekken',
  revokeOf: (name: string) => ` van ${name}`,
  noAccess: 'Geen toegang',
} as const;
