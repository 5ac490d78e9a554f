import { groupBy } from './group-by';

describe('groupBy', () => {
  const rows = [
    { account: 'a', id: 1 },
    { account: 'b', id: 2 },
    { account: 'a', id: 3 },
  ];

  it('groups rows by their key, keeping their order', () => {
    expect(groupBy(rows, (row) => row.account)).toEqual(
      new Map([
        ['a', [rows[0], rows[2]]],
        ['b', [rows[1]]],
      ]),
    );
  });

  it('keeps what valueOf picks of each row', () => {
    expect(
      groupBy(
        rows,
        (row) => row.account,
        (row) => row.id,
      ),
    ).toEqual(
      new Map([
        ['a', [1, 3]],
        ['b', [2]],
      ]),
    );
  });

  it('gives an empty map for no rows', () => {
    expect(groupBy([], String).size).toBe(0);
  });
});
