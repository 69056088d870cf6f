import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  root: Element | null;
  title?: string;
  siteName?: string;
  lang?: string;
  publishedTime?: string;
}

/**
 * Runs Readability on a deep clone (it mutates what it is given) and returns
 * the article as a DOM element, so block structure survives.
 */
export function readArticle(doc: Document): ReadabilityResult {
  const clone = doc.cloneNode(true) as Document;
  try {
    const article = new Readability<Node>(clone, {
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
    };
  } catch {
    // Readability throws on some malformed documents; the fallback copes.
    return { root: null };
  }
}
