export default function SupervisorScreen() {
  return null;
}
