import { describe, expect, it } from 'vitest';
import { detectPersonalData, passesElevenTest } from '../../../shared/privacy/detect-personal-data';

describe('passesElevenTest', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['12345678', false],
    ['123456789', false],
    ['000000000', false],
    ['11122233', false],
    ['abcdefghi', false],
  ])('%s → %s', (digits, expected) => {
    expect(passesElevenTest(digits)).toBe(expected);
  });
});

describe('detectPersonalData', () => {
  it.each([
    ['a BSN', 'Het kind met BSN 111222333 wacht al maanden.', [['bsn', '111222333']]],
    ['a grouped BSN', 'bsn: 123.456.782 graag nagaan', [['bsn', '123.456.782']]],
    ['nine digits failing the eleven-test', 'Budget 123456789 euro', []],
    ['an e-mail address', 'Mail j.jansen@gemeente.nl even.', [['email', 'j.jansen@gemeente.nl']]],
    ['a mobile number', 'Bel moeder op 06-12345678 vanmiddag', [['phone', '06-12345678']]],
    ['an international number', 'via +31 30 123 4567', [['phone', '+31 30 123 4567']]],
    ['a dossier number', 'Zie dossiernummer 2020-04518 van SAVE', [['case-number', 'dossiernummer 2020-04518']]],
    ['a corsa number', 'corsa 20.020399 bijgevoegd', [['case-number', 'corsa 20.020399']]],
    ['plain report text', 'In 2019 zijn 82 klachten over SAVE behandeld; actie 2.1 loopt.', []],
    ['a year range and a percentage', 'Van 2019-2020 steeg het aantal met 12,5%.', []],
  ])('finds %s', (_name, text, expected) => {
    expect(detectPersonalData(text).map((finding) => [finding.kind, finding.text])).toEqual(expected);
  });

  it('gives offsets that point at the finding', () => {
    const text = 'Kind (BSN 111222333) en moeder (06 12345678).';
    for (const finding of detectPersonalData(text)) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(detectPersonalData(text)).toHaveLength(2);
  });
});
