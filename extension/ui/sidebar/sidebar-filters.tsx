import type { Annotation } from '../../../shared/schemas/annotation';
import type { Term } from '../../../shared/schemas/taxonomy';
import type { Messages } from '../i18n';
import type { SidebarFilters } from './sidebar-model';

interface SidebarFiltersProps {
  filters: SidebarFilters;
  onChange: (filters: SidebarFilters) => void;
  terms: readonly Term[];
  annotations: readonly Annotation[];
  messages: Messages;
}

/** The filter controls: term, kind, role, organisation and "only mine". */
export function SidebarFilterControls({ filters, onChange, terms, annotations, messages }: SidebarFiltersProps) {
  const organisations = [...new Set(annotations.map((annotation) => annotation.creator.organisation).filter(Boolean))].sort();
  const set = (change: Partial<SidebarFilters>) => onChange({ ...filters, ...change });
  return (
    <fieldset className="filters">
      <legend>{messages.filters}</legend>
      <select aria-label={messages.allTerms} value={filters.termId} onChange={(event) => set({ termId: event.target.value })}>
        <option value="">{messages.allTerms}</option>
        {terms.map((term) => (
          <option key={term.id} value={term.id}>
            {term.code} {term.label.slice(0, 60)}
          </option>
        ))}
      </select>
      <select aria-label={messages.allKinds} value={filters.kind} onChange={(event) => set({ kind: event.target.value })}>
        <option value="">{messages.allKinds}</option>
        {Object.entries(messages.kinds).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <select aria-label={messages.allRoles} value={filters.role} onChange={(event) => set({ role: event.target.value })}>
        <option value="">{messages.allRoles}</option>
        {Object.entries(messages.roles).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <select aria-label={messages.allOrganisations} value={filters.organisation} onChange={(event) => set({ organisation: event.target.value })}>
        <option value="">{messages.allOrganisations}</option>
        {organisations.map((organisation) => (
          <option key={organisation} value={organisation}>
            {organisation}
          </option>
        ))}
      </select>
      <label className="inline">
        <input type="checkbox" checked={filters.mineOnly} onChange={(event) => set({ mineOnly: event.target.checked })} /> {messages.mineOnly}
      </label>
    </fieldset>
  );
}
