import { Readability } from '@mozilla/readability';
import { cloneWithTwins } from './clone-twins';

export interface ReadabilityResult {
  root: Element | null;
  title?: string;
  siteName?: string;
  lang?: string;
  publishedTime?: string;
  /** When Readability read a clone: the live text node a text node of `root` copies (none for text it made). */
  liveOf?: Map<Node, Node>;
}

/**
 * Runs Readability and returns the article as a DOM element, so block
 * structure survives. Readability mutates what it is given, so it works on a
 * deep clone unless the caller owns a throwaway document (the CLI); the
 * clone's text nodes are paired with the live ones so quotes can be found
 * on the page.
 */
export function readArticle(doc: Document, { clone = true }: { clone?: boolean } = {}): ReadabilityResult {
  const twins = clone ? cloneWithTwins(doc) : undefined;
  const target = twins?.clone ?? doc;
  try {
    const article = new Readability<Node>(target, {
      serializer: (node) => node,
      // Policies are long and link-heavy; a low threshold keeps short ones.
      charThreshold: 300,
    }).parse();
    if (!article) return { root: null };
    return {
      root: (article.content as Element | null) ?? null,
      title: article.title ?? undefined,
      siteName: article.siteName ?? undefined,
      lang: article.lang ?? undefined,
      publishedTime: article.publishedTime ?? undefined,
      ...(twins ? { liveOf: twins.liveOf } : {}),
    };
  } catch {
    // Readability throws on some malformed documents; the fallback copes.
    return { root: null };
  }
}
