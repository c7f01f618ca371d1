/** WCAG 2 contrast ratio of two CSS colours given as `rgb(r, g, b)` / `rgba(r, g, b, a)` (alpha ignored). */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(color: string): number {
  const channels = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color)?.slice(1, 4).map(Number);
  if (!channels || channels.length !== 3) throw new Error(`not an rgb() colour: ${color}`);
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
