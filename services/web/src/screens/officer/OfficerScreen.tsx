export default function OfficerScreen() {
  return null;
}
