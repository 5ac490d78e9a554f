export default function FollowScreen() {
  return null;
}
