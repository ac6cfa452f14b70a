/**
 * Whether a colour can be told from the one behind it: WCAG's contrast ratio (1 to 21) of two sRGB colours given as
 * six hex digits. Body text needs 4.5; below 1.5 text cannot be told from its background at all (white on white,
 * yellow on the form's pale yellow).
 */
const MIN_CONTRAST = 1.5;

function luminance(rgb: string): number {
  const [r, g, b] = [0, 2, 4].map((at) => {
    const c = parseInt(rgb.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** True when text in `a` on `b` (or the reverse) cannot be read; false for anything that is not six hex digits. */
export function indistinct(a: string, b: string): boolean {
  if (!/^[0-9A-F]{6}$/iu.test(a) || !/^[0-9A-F]{6}$/iu.test(b)) return false;
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05) < MIN_CONTRAST;
}
