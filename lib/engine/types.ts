import type { BlockKind } from '../schema';

/**
 * One matchable piece of a policy: a sentence, a list item, a table row or a
 * heading, with the context a reader would use to interpret it.
 */
export interface Unit {
  /** Offsets into the page text; `text === page.text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  kind: BlockKind;
  /** Heading path, outermost first ("Information We Collect", "Account Information"). */
  headings: string[];
  /** The sentence that introduces this one: a list's "we collect:" line or a question heading. */
  leadIn?: string;
  /** headings + lead-in in one string, what context patterns are tested against. */
  context: string;
  /** The unit just before this one in the same passage, for rules that read on across a sentence. */
  previous?: string;
}
