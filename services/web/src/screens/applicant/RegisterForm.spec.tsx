import { fireEvent, screen } from '@testing-library/react';
import { renderWithGraph, useLanguage } from '../../testing/render';
import { RegisterForm } from './RegisterForm';

describe('registration', () => {
  it('checks the NIK as she types, with the server’s rules, in her language', async () => {
    await useLanguage('id');
    renderWithGraph(<RegisterForm />);
    const nik = screen.getByLabelText('NIK');
    fireEvent.change(nik, { target: { value: '3505' } });
    expect(screen.getByText('NIK terdiri dari 16 angka.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Daftar' })).toBeDisabled();
    fireEvent.change(nik, { target: { value: '3505015708900002' } });
    fireEvent.change(screen.getByLabelText('Tanggal lahir'), { target: { value: '1990-08-18' } });
    expect(screen.getByText('Tanggal di NIK tidak sama dengan tanggal lahir.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Tanggal lahir'), { target: { value: '1990-08-17' } });
    expect(screen.getByText('NIK sesuai aturan.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Daftar' })).toBeEnabled();
  });

  it('says it in English after the switch', async () => {
    await useLanguage('en');
    renderWithGraph(<RegisterForm />);
    fireEvent.change(screen.getByLabelText('NIK'), { target: { value: '0005015708900002' } });
    expect(screen.getByText('The NIK does not start with a province code.')).toBeInTheDocument();
    await useLanguage('id');
  });
});
