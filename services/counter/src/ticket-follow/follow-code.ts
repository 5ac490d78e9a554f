/**
 * What a follow code can look like: a NATS-safe token (it ends the live subject
 * `counter.live.follow.<code>`). Anything else is no code at all, answered as an unknown one.
 */
export const FOLLOW_CODE_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export function isFollowCodeShaped(code: string): boolean {
  return FOLLOW_CODE_PATTERN.test(code);
}
