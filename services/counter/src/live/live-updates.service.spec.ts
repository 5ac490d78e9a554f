import { followerSubjects } from './live-updates.service';

describe('followerSubjects', () => {
  it('tells each applicant once, however many of her tickets (her family’s) moved, and each paper holder', () => {
    expect(
      followerSubjects([
        { id: 't1', applicantId: 'mother', followCode: 'code-one-1' },
        { id: 't2', applicantId: 'mother', followCode: 'code-two-2' },
        { id: 't3', applicantId: null, followCode: 'walk-in-33' },
        { id: 't4', applicantId: 'other', followCode: null },
      ]),
    ).toEqual([
      'counter.live.applicant-tickets.mother',
      'counter.live.follow.code-one-1',
      'counter.live.follow.code-two-2',
      'counter.live.follow.walk-in-33',
      'counter.live.applicant-tickets.other',
    ]);
  });

  it('tells nobody for tickets without an applicant or a follow code', () => {
    expect(followerSubjects([{ id: 't1', applicantId: null, followCode: null }])).toEqual([]);
  });
});
