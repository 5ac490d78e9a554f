import { defineMessages } from './define-messages';

/**
 * Input refused before any rule runs (the subgraphs' input guard and validation pipe). The
 * message names the fields; `extensions.problems` keeps the technical detail, the same in
 * every language.
 */
export const inputMessages = defineMessages(
  {
    'input.invalidFields': (p: { fields: string }) => `Isian tidak sah: ${p.fields}. Periksa lalu kirim lagi.`,
    'input.invalidDate': () => 'Tanggal harus tanggal yang ada, ditulis TTTT-BB-HH.',
  },
  {
    'input.invalidFields': (p) => `Invalid input: ${p.fields}. Please check and send it again.`,
    'input.invalidDate': () => 'A date must be a real calendar date written as YYYY-MM-DD.',
  },
);
