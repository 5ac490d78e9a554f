import { limitRefusal } from './limit-refusals';
import { localize } from './messages';

describe('limitRefusal', () => {
  it('tells the libraries’ limit refusals from the catalogue, limit included', () => {
    const deep = limitRefusal('Syntax Error: Query depth limit of 8 exceeded, found 9.');
    expect(deep && localize(deep)).toBe('Permintaan ini terlalu dalam: batas kedalamannya 8 tingkat.');
    expect(deep && localize(deep, 'ENGLISH')).toBe('This query is too deep: the depth limit of 8 is exceeded.');
    const aliases = limitRefusal('Syntax Error: Aliases limit of 15 exceeded, found 16.');
    expect(aliases && localize(aliases, 'ENGLISH')).toMatch(/aliases limit of 15 is exceeded/);
    const tokens = limitRefusal('Syntax Error: Document contains more that 2000 tokens. Parsing aborted.');
    expect(tokens && localize(tokens)).toMatch(/batasnya 2000 token/);
  });

  it('leaves any other message alone', () => {
    expect(limitRefusal('Cannot query field "statu" on type "Ticket".')).toBeUndefined();
  });
});
