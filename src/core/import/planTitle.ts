/**
 * An imported plan's default title. Its own module, apart from catalogYaml: the pane's import tab uses it on its first
 * screen, and catalogYaml would bring the YAML library into the pane's initial bundle (browserMode.test's 300 KB).
 */

/** A caption as a plan's title: without the table's number (表1 某区“十四五”科技创新主要指标 → 某区“十四五”科技创新主要指标). */
export function planTitleOfCaption(caption: string | undefined): string | undefined {
  return caption?.replace(/^附?表\s*(?:\d+|[一二三四五六七八九十]+)[\s.．、:：]*/u, '').trim() || caption;
}
