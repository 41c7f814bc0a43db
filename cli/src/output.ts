// Output: JSON for scripts (--json, stable shapes), plain aligned text for people; server text is made terminal-safe.
import pc from "picocolors";

/** Control characters (ANSI escapes included) in server-supplied text would drive the terminal: show them as `?`. */
export function clean(value: unknown): string {
  if (value === null || value === undefined) return "-";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  return String(value).replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(line = ""): void {
  process.stdout.write(`${line}\n`);
}

/** Notes and warnings go to stderr so stdout stays parseable. */
export function warn(message: string): void {
  process.stderr.write(`${pc.yellow("warning:")} ${clean(message)}\n`);
}

export function note(message: string): void {
  process.stderr.write(`${clean(message)}\n`);
}

/** Columns padded to their widest cell; a header row in bold. */
export function printTable(header: string[], rows: unknown[][]): void {
  const cells = rows.map((r) => r.map(clean));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  printLine(pc.bold(line(header)));
  for (const r of cells) printLine(line(r));
}

export const label = (s: string) => pc.dim(s);
export const good = (s: string) => pc.green(s);
