/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import type { Round } from '../../db/rounds-repository';
import { isWebUrl } from '../../services/digest/render/safe-url';
import { CSRF_FIELD } from '../session/csrf-field';
import type { DashboardScope } from '../model/digest-scope';
import { dashboardNl } from '../texts/dashboard-texts';

const scopeTexts = dashboardNl.report.scope;

/**
 * A document named as people know it (`name`, from `documentName`), on a line of its own and linked
 * to its full address when that is a web address.
 */
export function DocumentLink({ source, name }: { source: string; name: string }) {
  return isWebUrl(source) ? (
    <a class="document-name" href={source} rel="noopener noreferrer">
      {name}
    </a>
  ) : (
    <span class="document-name">{name}</span>
  );
}

/** The hidden CSRF field every POST form carries. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}

/** Errors, announced at once by screen readers (role=alert); nothing when there are none. `intro` says what to do. */
export function Alert({ messages, title, intro }: { messages: readonly string[]; title?: string; intro?: string }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" class="alert">
      {title && <p><strong>{title}</strong></p>}
      {intro && <p>{intro}</p>}
      {messages.length === 1 ? <p>{messages[0]}</p> : <ul>{messages.map((message) => <li>{message}</li>)}</ul>}
    </div>
  );
}

/**
 * A table in a region that scrolls sideways on a narrow screen: the region is named after the
 * caption (or `label`, when a heading above says it shorter) and can take keyboard focus, so
 * keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollTable({ caption, label, tableClass, hiddenCaption, children }: { caption: string; label?: string; tableClass?: string; hiddenCaption?: boolean; children?: Child }) {
  return (
    <div class="table-scroll" role="region" aria-label={label ?? caption} tabindex={0}>
      <table {...(tableClass === undefined ? {} : { class: tableClass })}>
        {/* Hidden when a heading right above says the same to the eye; screen readers still get it. */}
        <caption {...(hiddenCaption ? { class: 'visually-hidden' } : {})}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** A confirmation, announced politely (role=status). */
export function Notice({ children }: { children?: Child }) {
  return (
    <div role="status" class="notice">
      {children}
    </div>
  );
}

/** Names of a round's status, from the dictionary. */
export const ROUND_STATUS_TEXT = dashboardNl.report.roundStatus;

interface ScopeFormProps {
  action: string;
  rounds: readonly Round[];
  scope: DashboardScope;
}

/**
 * The round and period filter (a GET form, so a filtered page can be bookmarked). The dates are
 * days in Dutch time; "tot en met" includes the whole last day.
 */
export function ScopeForm({ action, rounds, scope }: ScopeFormProps) {
  return (
    <form method="get" action={action} class="inline-form" aria-label={scopeTexts.label}>
      <div>
        <label for="scope-ronde">{scopeTexts.round}</label>
        <select id="scope-ronde" name="ronde">
          <option value="" selected={scope.roundId === null}>
            {scopeTexts.allRounds}
          </option>
          {rounds.map((round) => (
            <option value={round.id} selected={scope.roundId === round.id}>
              {round.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="scope-van">{scopeTexts.from}</label>
        <input id="scope-van" type="date" name="van" value={scope.from ?? ''} />
      </div>
      <div>
        <label for="scope-tot">{scopeTexts.to}</label>
        <input id="scope-tot" type="date" name="tot" value={scope.to ?? ''} />
      </div>
      <button type="submit">{scopeTexts.show}</button>
    </form>
  );
}

/**
 * A button that copies the text of element `target`. Hidden until the dashboard's script shows
 * it (only a browser that can copy gets it); without scripts the text stays selectable.
 * `done` is announced in the page's `#copy-status` region after copying; `of` tells a screen
 * reader whose text it copies when a page has many.
 */
export function CopyButton({ target, label, done, of }: { target: string; label: string; done: string; of?: string }) {
  return (
    <button type="button" class="secondary copy-button" data-copy={target} data-copied={done} hidden>
      {label}
      {of && <span class="visually-hidden">{` ${of}`}</span>}
    </button>
  );
}
