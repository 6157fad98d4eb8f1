import { useId, type ReactNode } from 'react';
import type { Annotation } from '../../../shared/schemas/annotation';
import type { Term } from '../../../shared/schemas/taxonomy';
import type { Messages } from '../i18n';
import { shortLabel } from './short-label';
import type { SidebarFilters } from './sidebar-model';

interface SidebarFiltersProps {
  filters: SidebarFilters;
  onChange: (filters: SidebarFilters) => void;
  terms: readonly Term[];
  annotations: readonly Annotation[];
  messages: Messages;
}

interface FilterSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The "all" option's text, e.g. "Alle soorten". */
  all: string;
  children: ReactNode;
}

/** One filter: a visible label saying what it filters, and a select that never grows wider than the sidebar. */
function FilterSelect({ label, value, onChange, all, children }: FilterSelectProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{all}</option>
        {children}
      </select>
    </>
  );
}

/** The filter controls: term, kind, role, organisation and "only mine". */
export function SidebarFilterControls({ filters, onChange, terms, annotations, messages }: SidebarFiltersProps) {
  const organisations = [...new Set(annotations.map((annotation) => annotation.creator.organisation).filter(Boolean))].sort();
  const set = (change: Partial<SidebarFilters>) => onChange({ ...filters, ...change });
  const options = (entries: [string, string][]) =>
    entries.map(([value, label]) => (
      <option key={value} value={value}>
        {label}
      </option>
    ));
  return (
    <fieldset className="filters">
      <legend>{messages.filters}</legend>
      <FilterSelect label={messages.filterTerm} value={filters.termId} onChange={(termId) => set({ termId })} all={messages.allTerms}>
        {options(terms.map((term) => [term.id, `${term.code} ${shortLabel(term.label, 40)}`]))}
      </FilterSelect>
      <FilterSelect label={messages.filterKind} value={filters.kind} onChange={(kind) => set({ kind })} all={messages.allKinds}>
        {options(Object.entries(messages.kinds))}
      </FilterSelect>
      <FilterSelect label={messages.filterRole} value={filters.role} onChange={(role) => set({ role })} all={messages.allRoles}>
        {options(Object.entries(messages.roles))}
      </FilterSelect>
      <FilterSelect label={messages.filterOrganisation} value={filters.organisation} onChange={(organisation) => set({ organisation })} all={messages.allOrganisations}>
        {options(organisations.map((organisation) => [organisation, organisation]))}
      </FilterSelect>
      <label className="inline filters-mine">
        <input type="checkbox" checked={filters.mineOnly} onChange={(event) => set({ mineOnly: event.target.checked })} /> {messages.mineOnly}
      </label>
    </fieldset>
  );
}
