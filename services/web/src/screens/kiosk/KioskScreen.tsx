export default function KioskScreen() {
  return null;
}
