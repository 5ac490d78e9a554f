import { GraphQLError } from 'graphql';
import { message } from '@antrian/messages';
import { DomainError } from './domain-error';
import { formatSubgraphError } from './format-error';
import { languageOfError, localizedErrorsPlugin } from './localized-errors';

/** What Apollo Server does with a request's errors: tells the plugin, then formats each. */
async function answered(errors: GraphQLError[], language?: 'INDONESIAN' | 'ENGLISH') {
  const hooks = await localizedErrorsPlugin().requestDidStart!({} as never);
  await hooks!.didEncounterErrors!({ errors, contextValue: language ? { language } : {} } as never);
  return errors.map((error) =>
    formatSubgraphError({ message: error.message, extensions: error.extensions }, error, () => {}),
  );
}

describe('localizedErrorsPlugin', () => {
  const refusal = () => new DomainError('NOT_FOUND', message('scheduling.noSuchOffice'));

  it('tells a refusal in the request’s language, with the same code', async () => {
    const [indonesian] = await answered([refusal()]);
    const [english] = await answered([refusal()], 'ENGLISH');
    expect(indonesian).toEqual({ message: 'Kantor tidak ditemukan.', extensions: { code: 'NOT_FOUND' } });
    expect(english).toEqual({ message: 'No such office.', extensions: { code: 'NOT_FOUND' } });
  });

  it('finds the refusal behind graphql-js’s wrapper of a resolver’s error', async () => {
    const wrapped = new GraphQLError('Kantor tidak ditemukan.', { originalError: refusal(), path: ['office'] });
    const [english] = await answered([wrapped], 'ENGLISH');
    expect(english.message).toBe('No such office.');
  });

  it('tells the depth and alias limits from the catalogue, and an internal error in the request’s language', async () => {
    const deep = new GraphQLError('Syntax Error: Query depth limit of 8 exceeded, found 9.', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const bug = new GraphQLError('relation "ticket" does not exist', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const [tooDeep, internal] = await answered([deep, bug], 'ENGLISH');
    expect(tooDeep.message).toBe('This query is too deep: the depth limit of 8 is exceeded.');
    expect(internal).toEqual({
      message: 'Something went wrong on our side. Please try again in a moment.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(languageOfError(bug)).toBe('ENGLISH');
    expect(languageOfError(new Error('never seen'))).toBe('INDONESIAN');
  });
});
