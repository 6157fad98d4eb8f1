import { ACTIONS_WITHOUT_GOAL, termTitle } from '../texts/labels';
import type { DigestTerm, GoalSection, RecommendationGroupSection, TermSection } from './digest-model';

/** A group of a chapter (a goal, or a recommendation group) that drew remarks. */
export interface OutlineGroup {
  /** "Doel 2: …", or the recommendation group's name. */
  title: string;
  /** The group's own term when it is one and has remarks (a goal), shown under the group heading. */
  lead: TermSection | null;
  /** Its terms that have remarks, in taxonomy order. */
  sections: TermSection[];
}

/**
 * What a chapter of remarks by term shows: only the groups and terms somebody spoke to, and the
 * terms nobody did, once, in one list. Every format follows this outline, so an empty heading per
 * silent term ("Geen opmerkingen." under each) appears in none of them.
 */
export interface TermChapter {
  groups: OutlineGroup[];
  /** Terms without remarks, in taxonomy order. */
  silent: DigestTerm[];
}

const spokenTo = (section: TermSection): boolean => section.remarks.length > 0;

/** The agenda chapter: goals with their actions. */
export function agendaChapter(agenda: readonly GoalSection[]): TermChapter {
  const groups: OutlineGroup[] = [];
  const silent: DigestTerm[] = [];
  for (const goal of agenda) {
    const lead = goal.goal && spokenTo(goal.goal) ? goal.goal : null;
    if (goal.goal && lead === null) silent.push(goal.goal.term);
    const sections = goal.actions.filter(spokenTo);
    silent.push(...goal.actions.filter((action) => !spokenTo(action)).map((action) => action.term));
    if (lead === null && sections.length === 0) continue;
    groups.push({ title: goal.goal ? termTitle(goal.goal.term) : ACTIONS_WITHOUT_GOAL, lead, sections });
  }
  return { groups, silent };
}

/** The recommendations chapter: groups of the review with their recommendations. */
export function recommendationChapter(groups: readonly RecommendationGroupSection[]): TermChapter {
  const shown: OutlineGroup[] = [];
  const silent: DigestTerm[] = [];
  for (const group of groups) {
    silent.push(...group.recommendations.filter((section) => !spokenTo(section)).map((section) => section.term));
    const sections = group.recommendations.filter(spokenTo);
    if (sections.length > 0) shown.push({ title: group.label, lead: null, sections });
  }
  return { groups: shown, silent };
}
