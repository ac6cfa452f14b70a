/**
 * The style rules the pane's tests can read, and only those, written into jsdom's document.
 *
 * Griffel (Fluent's CSS-in-JS) inserts every atomic rule of every component shown, some 700 in a pane test. jsdom's
 * getComputedStyle matches every rule of the document against the element (and, for the inherited properties it
 * resolves, its ancestors) and forgets the result at each DOM change; testing-library's role queries call it for
 * every candidate element and its ancestors, to leave out what is not shown. Nothing here reads any property but
 * those that decide whether and how an element is presented to assistive technology: `display` and `visibility`
 * (testing-library's hidden check, dom-accessibility-api's hidden check and its spaces between block children in
 * accessible names) and `content` (generated text in names). A rule that declares none of them cannot change what a
 * query finds or the name it computes (jsdom's cascade is the rules' order, which the kept rules keep), so it is not
 * inserted. Decision 0222.
 */
import { createDOMRenderer, type GriffelRenderer } from '@fluentui/react-components';

/** A declaration of display, visibility or content (or `all`, which resets them) anywhere in the rule's text. */
const QUERIED = /(?:^|[{;\s])(?:display|visibility|content|all)\s*:/u;

export function queriedStylesRenderer(document: Document): GriffelRenderer {
  return createDOMRenderer(document, { unstable_filterCSSRule: (rule) => QUERIED.test(rule) });
}
