import { stagesNotCovered } from './counter-stages';

describe('who may take a counter', () => {
  it('needs the role of every stage the counter serves', () => {
    expect(stagesNotCovered(['RECEPTION'], ['RECEPTION'])).toEqual([]);
    expect(stagesNotCovered(['RECEPTION', 'INTERVIEW'], ['RECEPTION', 'INTERVIEW'])).toEqual([]);
    expect(stagesNotCovered(['RECEPTION'], ['RECEPTION', 'INTERVIEW'])).toEqual(['INTERVIEW']);
    expect(stagesNotCovered(['ADJUDICATION'], ['ADJUDICATION'])).toEqual([]);
    expect(stagesNotCovered(['PICKUP'], ['PICKUP', 'RECEPTION'])).toEqual(['RECEPTION']);
  });

  it('does not let SUPERVISOR or ADMIN stand in for a stage role', () => {
    expect(stagesNotCovered(['SUPERVISOR', 'ADMIN'], ['INTERVIEW'])).toEqual(['INTERVIEW']);
  });
});
