import { plural, type Language, type PluralForms } from './plural';

// How many remarks a document has, in words, for every screen that counts them (the reading list
// in the extension, the documents page of the dashboard). A remark is an annotation on the
// document itself; a reply answers another annotation. Both are counted by the server
// (`remarks` and `replies` of GET /api/documents) and always named apart, so that "3" never means
// "remarks and replies" on one screen and "remarks only" on the other.

interface CountWords {
  remarks: PluralForms;
  replies: PluralForms;
  noReplies: string;
  nothing: string;
}

const WORDS: Record<Language, CountWords> = {
  nl: {
    remarks: { one: '{n} opmerking', other: '{n} opmerkingen' },
    replies: { one: '{n} reactie', other: '{n} reacties' },
    noReplies: 'geen reacties',
    nothing: 'nog geen opmerkingen',
  },
  en: {
    remarks: { one: '{n} remark', other: '{n} remarks' },
    replies: { one: '{n} reply', other: '{n} replies' },
    noReplies: 'no replies',
    nothing: 'no remarks yet',
  },
};

/**
 * The remarks and replies on a document in words: "2 opmerkingen, 1 reactie", "1 opmerking, geen
 * reacties", or "nog geen opmerkingen" when there is neither.
 */
export function remarkCountText(language: Language, counts: { remarks: number; replies: number }): string {
  const words = WORDS[language];
  if (counts.remarks === 0 && counts.replies === 0) return words.nothing;
  const replies = counts.replies === 0 ? words.noReplies : plural(language, counts.replies, words.replies);
  return `${plural(language, counts.remarks, words.remarks)}, ${replies}`;
}
