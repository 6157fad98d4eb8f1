import { describe, expect, it } from 'vitest';
import type { Body } from '../../../shared/schemas/annotation';
import { isRemarkBody, remarkOf, remarkText, tagsOf, termIdsOf } from '../../../shared/schemas/annotation-bodies';

const remark = (value: string, purpose?: 'commenting' | 'replying' | 'questioning'): Body =>
  purpose ? { type: 'TextualBody', purpose, value } : { type: 'TextualBody', value };
const tag = (value: string): Body => ({ type: 'TextualBody', purpose: 'tagging', value });
const term = (source: string): Body => ({ type: 'SpecificResource', purpose: 'classifying', source });

describe('what the bodies of an annotation mean', () => {
  it.each<[string, Body[], { remark: string; text: string; tags: string[]; terms: string[] }]>([
    ['nothing', [], { remark: '', text: '', tags: [], terms: [] }],
    ['a remark alone', [remark('Waarom?', 'commenting')], { remark: 'Waarom?', text: 'Waarom?', tags: [], terms: [] }],
    ['a remark without purpose', [remark('Zonder doel')], { remark: 'Zonder doel', text: 'Zonder doel', tags: [], terms: [] }],
    ['a reply', [remark('Eens.', 'replying')], { remark: 'Eens.', text: 'Eens.', tags: [], terms: [] }],
    ['only tags: no remark', [tag('wachtlijst'), tag('jeugd')], { remark: '', text: '', tags: ['wachtlijst', 'jeugd'], terms: [] }],
    ['a tag before the remark', [tag('wachtlijst'), remark('De kern', 'commenting')], { remark: 'De kern', text: 'De kern', tags: ['wachtlijst'], terms: [] }],
    ['a term before the remark', [term('d1'), remark('Over doel 1', 'questioning')], { remark: 'Over doel 1', text: 'Over doel 1', tags: [], terms: ['d1'] }],
    ['terms only (a highlight)', [term('d1'), term('a2')], { remark: '', text: '', tags: [], terms: ['d1', 'a2'] }],
    [
      'two remark bodies, an empty one, tags and terms mixed',
      [remark('  Eerste  '), tag('t'), remark('   '), term('d1'), remark('Tweede', 'commenting')],
      { remark: '  Eerste  ', text: 'Eerste\n\nTweede', tags: ['t'], terms: ['d1'] },
    ],
  ])('%s', (_name, bodies, expected) => {
    expect(remarkOf(bodies)).toBe(expected.remark);
    expect(remarkText(bodies)).toBe(expected.text);
    expect(tagsOf(bodies)).toEqual(expected.tags);
    expect(termIdsOf(bodies)).toEqual(expected.terms);
  });

  it('counts a TextualBody as the remark unless it is a free label', () => {
    expect([remark('a'), remark('b', 'commenting'), remark('c', 'replying'), remark('d', 'questioning'), tag('e'), term('f')].map(isRemarkBody)).toEqual([
      true, true, true, true, false, false,
    ]);
  });
});
