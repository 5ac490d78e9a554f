import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithGraph, useLanguage } from '../../testing/render';
import { KioskCheckIn, KioskOffice } from './kiosk.operations';
import { KioskReady } from './KioskScreen';
import { scannedCode } from './scanned-code';

const office = {
  request: { query: KioskOffice, variables: { id: 'o-1' } },
  result: { data: { office: { id: 'o-1', name: 'Kantor Imigrasi Blitar', timeZone: 'Asia/Jakarta' } } },
};
const ticket = {
  id: 't-1',
  number: 'A-017',
  stage: 'RECEPTION',
  status: 'WAITING',
  officeId: 'o-1',
  checkedInAt: '2026-11-30T01:00:00Z',
  sessionStartsAt: '2026-11-30T01:30:00Z',
  followCode: 'F0LL0W',
};

describe('the kiosk', () => {
  beforeAll(() => useLanguage('id'));
  beforeEach(() => {
    window.print = jest.fn();
  });

  it('checks in what the USB scanner types (token and Enter), shows the number large and prints the ticket', async () => {
    const mocks = [
      office,
      {
        request: {
          query: KioskCheckIn,
          variables: { input: { officeId: 'o-1', qrToken: 'eyJhbGciOi.payload.signature' } },
        },
        result: { data: { checkIn: ticket } },
      },
    ];
    renderWithGraph(<KioskReady officeId="o-1" />, mocks);
    const field = screen.getByLabelText('Kode QR atau kode pemesanan');
    expect(field).toHaveFocus();
    await userEvent.setup({ delay: null }).type(field, 'eyJhbGciOi.payload.signature{Enter}');
    expect(await screen.findByTestId('kiosk-number')).toHaveTextContent('A-017');
    expect(screen.getByTestId('receipt-number')).toHaveTextContent('A-017');
    expect(
      screen.getByText('Silakan duduk. Nomor Anda akan dipanggil di layar untuk Penerimaan berkas.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(window.print).toHaveBeenCalled());
  });

  it('says a refusal in plain words and is ready for the next scan', async () => {
    const mocks = [
      office,
      {
        request: { query: KioskCheckIn, variables: { input: { officeId: 'o-1', bookingCode: 'ABC123' } } },
        result: {
          errors: [
            new GraphQLError('Terlalu awal: silakan kembali pukul 08:00', { extensions: { code: 'CHECK_IN_WINDOW' } }),
          ],
        },
      },
    ];
    renderWithGraph(<KioskReady officeId="o-1" />, mocks);
    const field = screen.getByLabelText('Kode QR atau kode pemesanan');
    fireEvent.change(field, { target: { value: 'abc123' } });
    fireEvent.submit(field.closest('form')!);
    expect(await screen.findByRole('alert')).toHaveTextContent('Terlalu awal: silakan kembali pukul 08:00');
    expect(field).toHaveValue('');
  });

  it('tells a scanned token from a typed booking code', () => {
    expect(scannedCode(' abc123 ')).toEqual({ bookingCode: 'ABC123' });
    expect(scannedCode('a.b.c')).toEqual({ qrToken: 'a.b.c' });
    expect(scannedCode('   ')).toBeNull();
  });
});
