/**
 * Finds user-facing sentences written by hand in TypeScript source, rather than chosen from the
 * catalogue with `message('key', params)`: a `DomainError` whose message is a string literal or a
 * template, a `GraphQLError` made from one, and a verdict's `reason:` / `message:` that is a
 * sentence literal. Used by the test that keeps every service on the catalogue.
 */
export interface HandMadeSentence {
  line: number;
  text: string;
}

const QUOTES = new Set(["'", '"', '`']);

/** Index just past the argument that starts at `from` (a comma or the closing parenthesis at depth 0). */
function endOfArgument(source: string, from: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = from; i < source.length; i++) {
    const char = source[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = null;
      continue;
    }
    if (QUOTES.has(char)) quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) {
      if (depth === 0) return i;
      depth--;
    } else if (char === ',' && depth === 0) return i;
  }
  return source.length;
}

function firstCharacterAfter(source: string, from: number): string {
  const rest = source.slice(from).replace(/^[\s,]+/, '');
  return rest[0] ?? '';
}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** Comments blanked out, lines kept: what they say is for developers. */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/^(\s*)\/\/.*$/gm, '$1');
}

export function findHandMadeSentences(original: string): HandMadeSentence[] {
  const source = withoutComments(original);
  const found: HandMadeSentence[] = [];
  const report = (index: number) =>
    found.push({ line: lineOf(source, index), text: source.slice(index, source.indexOf('\n', index)).trim() });

  for (const match of source.matchAll(/new DomainError\(/g)) {
    const start = match.index + match[0].length;
    const afterCode = endOfArgument(source, start);
    if (QUOTES.has(firstCharacterAfter(source, afterCode))) report(match.index);
  }
  for (const match of source.matchAll(/new GraphQLError\(\s*/g)) {
    if (QUOTES.has(source[match.index + match[0].length])) report(match.index);
  }
  // A sentence (words with spaces) handed out as a verdict's reason or message.
  for (const match of source.matchAll(/\b(reason|message)\s*:\s*(['"`])[^'"`\n]*\s[^'"`\n]*\2/g)) {
    report(match.index);
  }
  return found;
}
