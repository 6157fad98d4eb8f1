import { describe, expect, it } from 'vitest';
import { createNameScrubber, NEUTRAL_LABEL, type ScrubEntry } from '../../../../server/services/digest/pseudonymise/name-scrubber';

const GERRIT = '[Raadslid, Gemeente Woerden]';
const JAN = '[Ketenpartner, AKJ]';
const CHRIS = '[Respondent, SVMN]';
const PIET = '[Raadslid, Gemeente Utrecht]';
const HANNEKE = '[Raadslid, Gemeente Houten]';

const people: ScrubEntry[] = [
  { name: 'Gerrit Mulder', label: GERRIT, listed: false },
  { name: 'Jan de Vries', label: JAN, listed: false },
  { name: 'Chris Bakker', label: CHRIS, listed: false },
  { name: 'Piet van den Berg', label: PIET, listed: false },
  { name: 'Hanneke van ’t Hof', label: HANNEKE, listed: false },
  { name: 'José Müller', label: '[Ketenpartner, Veilig Thuis]', listed: false },
  { name: 'Secretariaat', label: '[Secretariaat, Bovenregionaal secretariaat]', listed: false },
  { name: 'Kees ’t Hart', label: '[Ketenpartner, Altra]', listed: false },
  { name: 'Sanne Eijkelboom', label: NEUTRAL_LABEL, listed: true },
  { name: 'Bas', label: NEUTRAL_LABEL, listed: true },
];

const scrubbed: Array<[string, string, string]> = [
  ['full name', 'Zoals Gerrit Mulder al zei, klopt dit niet.', `Zoals ${GERRIT} al zei, klopt dit niet.`],
  ['full name in lower case', 'zoals gerrit mulder zei', `zoals ${GERRIT} zei`],
  ['surname alone', 'Mulder had gelijk.', `${GERRIT} had gelijk.`],
  ['surname, possessive s', 'Mulders notitie is helder.', `${GERRIT} notitie is helder.`],
  ['surname, possessive apostrophe s', 'Mulder’s notitie en Mulder\'s vraag.', `${GERRIT} notitie en ${GERRIT} vraag.`],
  ['full name, possessive', 'Gerrit Mulders punt', `${GERRIT} punt`],
  ['particle surname, lower particle', 'ik ben het met de Vries eens', `ik ben het met ${JAN} eens`],
  ['particle surname, capital particle', 'De Vries vroeg het al.', `${JAN} vroeg het al.`],
  ['particle surname, possessive after s', "de Vries' voorstel", `${JAN} voorstel`],
  ['core of a particle surname, capitalised', 'Vries vroeg het ook.', `${JAN} vroeg het ook.`],
  ['given name, capitalised', 'Dank je, Gerrit!', `Dank je, ${GERRIT}!`],
  ['initial and surname', 'J. de Vries schreef dit.', `${JAN} schreef dit.`],
  ['white space of any kind between words', 'Jan\u00a0de  Vries', JAN],
  ['common-word surname, capitalised', 'Bakkers notitie gaat over de keten.', `${CHRIS} notitie gaat over de keten.`],
  ['common-word surname with particles', 'Van den Berg zei het.', `${PIET} zei het.`],
  ['apostrophe particle, either apostrophe', "van 't Hof en van ’t Hof", `${HANNEKE} en ${HANNEKE}`],
  ['diacritics typed or left out', 'Jose Muller en José Müller en Müllers punt', `[Ketenpartner, Veilig Thuis] en [Ketenpartner, Veilig Thuis] en [Ketenpartner, Veilig Thuis] punt`],
  ['decomposed diacritics in the text', 'Jose\u0301 Mu\u0308ller', '[Ketenpartner, Veilig Thuis]'],
  ['listed name in any case', 'het kind, sanne eijkelboom, en SANNE', `het kind, ${NEUTRAL_LABEL}, en ${NEUTRAL_LABEL}`],
  ['listed one-word name that is a word, in any case', 'bas zei het', `${NEUTRAL_LABEL} zei het`],
  ['a surname that starts with an apostrophe particle', "’t Hart vroeg het en 't Harts vraag", '[Ketenpartner, Altra] vroeg het en [Ketenpartner, Altra] vraag'],
  ['in single quotes and before a hyphen', "'Mulder' en de Mulder-aanpak", `'${GERRIT}' en de ${GERRIT}-aanpak`],
  ['punctuation around', '(Mulder), "Mulder", Mulder.', `(${GERRIT}), "${GERRIT}", ${GERRIT}.`],
  // A lower-case given name is left (it may be a word); the surname still goes.
  ['an e-mail address holding the name', 'gerrit.mulder@woerden.nl', `gerrit.${GERRIT}@woerden.nl`],
];

const untouched: Array<[string, string]> = [
  ['a common word in lower case', 'de bakker op de hoek en de bakkers in het dorp'],
  ['a common-word surname with particles in lower case', 'we liepen van den berg af'],
  ['a name inside a longer word', 'Mulderstraat, Gerritsen en Devriesland'],
  ['a name after letters with diacritics', 'ÉMulder'],
  ['the core of a particle surname in lower case', 'vries'],
  ['a given name in lower case', 'gerrit'],
  ['particles alone', 'de van den ter ’t'],
  ['an account name that is an ordinary word', 'Het secretariaat stuurt het secretariaatsverslag.'],
  ['digits next to the name', 'Mulder2 en 2Mulder'],
];

describe('the name scrubber', () => {
  const scrubber = createNameScrubber(people);

  it.each(scrubbed)('replaces: %s', (_what, text, expected) => {
    expect(scrubber.scrub(text)).toBe(expected);
  });

  it.each(untouched)('leaves alone: %s', (_what, text) => {
    expect(scrubber.scrub(text)).toBe(text);
  });

  it('does not scrub its own labels again, nor touch text without names', () => {
    const once = createNameScrubber([{ name: 'Woerden Raadslid', label: '[Raadslid, Gemeente Woerden]', listed: false }]);
    expect(once.scrub('Woerden Raadslid')).toBe('[Raadslid, Gemeente Woerden]');
    expect(createNameScrubber([]).scrub('Gerrit Mulder')).toBe('Gerrit Mulder');
  });

  it('gives a form two people share the neutral label', () => {
    const two = createNameScrubber([
      { name: 'Anna de Vries', label: '[Raadslid, Gemeente Woerden]', listed: false },
      { name: 'Anna Jansen', label: '[Ketenpartner, AKJ]', listed: false },
    ]);
    expect(two.scrub('Anna zei het, en Anna Jansen ook.')).toBe(`${NEUTRAL_LABEL} zei het, en [Ketenpartner, AKJ] ook.`);
  });

  it('counts what it replaced per person, most often first, unless told not to count', () => {
    const counting = createNameScrubber(people);
    counting.scrub('Gerrit Mulder, Mulder en Mulders punt; De Vries');
    counting.scrub('Sanne Eijkelboom', false);
    counting.scrub('de bakker');
    expect(counting.replaced()).toEqual([
      { name: 'Gerrit Mulder', count: 3 },
      { name: 'Jan de Vries', count: 1 },
    ]);
  });
});
