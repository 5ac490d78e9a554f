export default function ApplicantScreen() {
  return null;
}
